// SPDX-License-Identifier: GPL-3.0-or-later
#include "word_index_tokenizer.h"

namespace terjime::store {
namespace {

// FTS5 requires a tokenizer object; this one has no state.
int createTokenizer(void *, const char **, int, Fts5Tokenizer **tokenizer)
{
    static int instance = 0;
    *tokenizer = reinterpret_cast<Fts5Tokenizer *>(&instance);
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer *) {}

int splitAtSpaces(Fts5Tokenizer *, void *context, int, const char *text, int length,
                  int (*token)(void *, int, const char *, int, int, int))
{
    int start = 0;
    while (start < length) {
        while (start < length && text[start] == ' ')
            ++start;
        int end = start;
        while (end < length && text[end] != ' ')
            ++end;
        if (end > start) {
            if (const int rc = token(context, 0, text + start, end - start, start, end); rc != SQLITE_OK)
                return rc;
        }
        start = end;
    }
    return SQLITE_OK;
}

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return api;
}

} // namespace

core::Status registerWordIndexTokenizer(sqlite3 *db)
{
    fts5_api *api = fts5Api(db);
    if (!api) {
        return core::makeError(core::ErrorCode::Unsupported,
                               core::N_("this SQLite library has no full-text search (FTS5)"));
    }
    fts5_tokenizer tokenizer{createTokenizer, deleteTokenizer, splitAtSpaces};
    if (api->xCreateTokenizer(api, "terjime_words", nullptr, &tokenizer, nullptr) != SQLITE_OK) {
        return core::makeError(core::ErrorCode::Unsupported, core::N_("cannot register the word index tokenizer"));
    }
    return core::Done{};
}

QString quotedForIndex(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace terjime::store
