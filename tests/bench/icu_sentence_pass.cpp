// SPDX-License-Identifier: GPL-3.0-or-later
// icu_sentence_pass FILE: the baseline for tests/bench/segment_speed.sh. Reads a UTF-8 plain-text file, splits it
// into paragraphs at blank lines and runs ICU's Russian sentence BreakIterator over each, printing the number of
// sentences. It uses ICU and the standard library only, so that it measures the floor `terjime segment` stands
// on, with the same reading and decoding work but none of Terjime's.
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <string_view>

namespace {

bool isBlank(std::string_view line)
{
    return line.find_first_not_of(" \t\r\f\v") == std::string_view::npos;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::cerr << "usage: icu_sentence_pass FILE\n";
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary | std::ios::ate);
    std::string bytes(in ? std::size_t(in.tellg()) : 0, '\0');
    if (!in || !in.seekg(0).read(bytes.data(), std::streamsize(bytes.size()))) {
        std::cerr << "icu_sentence_pass: cannot read " << argv[1] << '\n';
        return 1;
    }

    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> sentences(
        icu::BreakIterator::createSentenceInstance(icu::Locale("ru"), status));
    if (U_FAILURE(status)) {
        std::cerr << "icu_sentence_pass: " << u_errorName(status) << '\n';
        return 1;
    }
    long long count = 0;
    icu::UnicodeString paragraph;
    const auto flush = [&] {
        if (paragraph.isEmpty())
            return;
        sentences->setText(paragraph);
        for (int32_t end = sentences->next(); end != icu::BreakIterator::DONE; end = sentences->next())
            ++count;
        paragraph.remove();
    };
    const std::string_view text(bytes);
    std::size_t lineStart = 0;
    while (lineStart < text.size()) {
        std::size_t lineEnd = text.find('\n', lineStart);
        if (lineEnd == std::string_view::npos)
            lineEnd = text.size();
        const std::string_view line = text.substr(lineStart, lineEnd - lineStart);
        if (isBlank(line)) {
            flush();
        } else {
            if (!paragraph.isEmpty())
                paragraph.append(u' ');
            paragraph.append(icu::UnicodeString::fromUTF8(icu::StringPiece(line.data(), int32_t(line.size()))));
        }
        lineStart = lineEnd + 1;
    }
    flush();
    std::cout << count << '\n';
    return 0;
}
