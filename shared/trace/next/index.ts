export { renderNextInline, formatEntry, formatException, elide, programLines, type NextRenderOptions } from './render';
export { parseNextInline, type ParsedNextTrace } from './parse';
export { pyStrRepr, parsePyStr } from './pyLiteral';
