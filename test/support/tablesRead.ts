/** The table each statement reads first ("schema.table"), in the order the statements went out. */
export function tablesRead(sent: readonly string[]): Array<string | undefined> {
  return sent.map((text) => /from "(\w+)"\."(\w+)"/.exec(text)?.slice(1).join('.'));
}
