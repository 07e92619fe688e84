/** The part of mapshaper's Node API the map script uses (the package ships no types). */
declare module 'mapshaper' {
  const mapshaper: {
    /** Runs mapshaper commands on in-memory files; resolves to the output files by name. */
    applyCommands(commands: string, input: Record<string, string>): Promise<Record<string, string | Buffer>>;
  };
  export default mapshaper;
}
