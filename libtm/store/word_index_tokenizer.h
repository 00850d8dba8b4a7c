// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tm/core/result.h"

#include <QString>

#include <sqlite3.h>

namespace terjime::store {

// The FTS5 tokenizer "terjime_words" of the memory's word index. The index column holds the segment's match tokens
// already tokenised and folded by libtm (text/match_tokens.h), each prefixed with its primary language ("en:plan"),
// separated by single spaces; the tokenizer only splits at spaces. Tokenisation thus stays libtm's alone (ICU word
// breaks, Turkmen-aware folding) and queries use the very same terms. Must be registered on every connection before
// the index is used; other SQLite programs can open the file but not search the index.
core::Status registerWordIndexTokenizer(sqlite3 *db);

// `text` as an FTS5 string literal ("…", inner quotes doubled): one term, or a phrase of space-separated terms.
QString quotedForIndex(const QString &text);

} // namespace terjime::store
