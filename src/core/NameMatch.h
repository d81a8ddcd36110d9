#pragma once

#include <QStringList>

namespace sams {

// How a typed store code or chair name finds its row. Codes (and a store's chair
// names) are unique regardless of case (docs/input.md), so a match that ignores
// case names at most one row; should the data ever hold two, the lookup refuses
// rather than take the first one.
struct NameMatch {
    enum class Kind {
        None,
        Exact, // spelled the same
        IgnoringCase, // the same but for case: one candidate
        Ambiguous, // several candidates that differ only in case, none spelled the same
    };
    Kind kind = Kind::None;
    qsizetype index = -1; // into the names, for Exact and IgnoringCase
    QStringList candidates; // the names that match ignoring case

    bool found() const { return kind == Kind::Exact || kind == Kind::IgnoringCase; }
};

// Whether two codes or names differ at most in case (Unicode case folding).
bool sameIgnoringCase(const QString &a, const QString &b);

NameMatch matchName(const QStringList &names, const QString &wanted);

} // namespace sams
