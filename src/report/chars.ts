/** Character classes shared by the cleaning and outline stages. */

/** Han ideographs (incl. extension A and compatibility) and the ideographic zero. */
export const HAN = '\\u3007\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
/** CJK and full-width punctuation: 。，、；：？！“”‘’（）《》〔〕【】…— and friends. */
export const CJK_PUNCT = '\\u3000-\\u303f\\u2018\\u2019\\u201c\\u201d\\u2026\\u2014\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65';
/** Anything that sits in CJK running text. */
export const CJK = HAN + CJK_PUNCT;

export const HAN_RE = new RegExp(`[${HAN}]`);
export const CJK_RE = new RegExp(`[${CJK}]`);

/** Characters that end a sentence or a label line; a line ending otherwise may be cut by a page break. */
export const LINE_END_RE = /[。！？!?；;：:…]$/;
