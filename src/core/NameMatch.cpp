#include "core/NameMatch.h"

namespace sams {

bool sameIgnoringCase(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

NameMatch matchName(const QStringList &names, const QString &wanted)
{
    NameMatch match;
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (names.at(i) == wanted) {
            match.kind = NameMatch::Kind::Exact;
            match.index = i;
        }
        if (sameIgnoringCase(names.at(i), wanted))
            match.candidates.append(names.at(i));
    }
    if (match.kind == NameMatch::Kind::Exact || match.candidates.isEmpty())
        return match;
    if (match.candidates.size() > 1) {
        match.kind = NameMatch::Kind::Ambiguous;
        return match;
    }
    match.kind = NameMatch::Kind::IgnoringCase;
    match.index = names.indexOf(match.candidates.first());
    return match;
}

} // namespace sams
