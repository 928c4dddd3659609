/**
 * @module extract/lexicon/products
 * Software, platforms and services the security news names every day. Some malware families carry
 * the same names ("NodeJS" ransomware, "Python" stealer): a catalogue alias that is one of these, or
 * a well-known company's name, needs a cue beside it ("the NodeJS ransomware") before it is read as
 * the family. Facts, not prose: names only.
 */
export const PRODUCT_NAMES: readonly string[] = (
  "Node.js|NodeJS|Python|Java|JavaScript|TypeScript|Chrome|Chromium|Firefox|Safari|Edge|Windows|Android|" +
  "Linux|iOS|macOS|Ubuntu|Debian|WordPress|Joomla|Drupal|Magento|Office|Excel|Word|Outlook|PowerShell|" +
  "Telegram|Discord|Zoom|Slack|Teams|Skype|WhatsApp|Signal|Gmail|YouTube|Twitter|Facebook|Instagram|" +
  "TikTok|GitHub|GitLab|Docker|Kubernetes|Apache|Nginx|MySQL|PostgreSQL|Redis|MongoDB|Elasticsearch|" +
  "Exchange|SharePoint|OneDrive|Dropbox|Steam|Minecraft|Roblox|Fortnite|Tor|OpenSSL|Log4j|Jenkins|" +
  "Confluence|Jira|Azure|AWS|npm|PyPI|RubyGems|Bitcoin|Ethereum|Monero|Messenger|iMessage|FaceTime|iCloud|" +
  "Google Drive|VirtualBox|Hyper-V|QEMU|CentOS|Fedora|Red Hat Enterprise Linux|OS|TeamViewer|Team Viewer|AnyDesk|" +
  "Visual Basic|VBScript|Golang|Go|Rust|Flutter|Unix|XML|HTML|PHP|Perl|Ruby|Lua|AutoIt|DLL|JSON|ESXi|vSphere|BitLocker|Delphi|WinHTTP"
).split("|");

const PRODUCTS_LOWER: ReadonlySet<string> = new Set(PRODUCT_NAMES.map((n) => n.toLowerCase()));

/** Whether a name is one of these products in any casing ("Youtube", "GMAIL"). */
export const isProductName = (name: string) => PRODUCTS_LOWER.has(name.toLowerCase());
