// pako 1.x ships no types; UTIF only needs the module to exist on `self`.
declare module 'pako' {
  const pako: unknown;
  export default pako;
}
