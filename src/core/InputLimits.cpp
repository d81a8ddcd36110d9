#include "core/InputLimits.h"

#include <QCoreApplication>
#include <QDateTime>

namespace sams::limits {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::limits)
};
} // namespace

QDate earliestDate()
{
    return {1970, 1, 1};
}

QDate latestDate()
{
    return {2199, 12, 31};
}

Status checkDate(const QDate &date, const QString &what)
{
    if (date.isValid() && date >= earliestDate() && date <= latestDate())
        return {};
    return std::unexpected(Error::usage(Text::tr("%1 %2 is outside the dates SAMS works with (%3 to %4).")
                                            .arg(what, date.toString(Qt::ISODate), earliestDate().toString(Qt::ISODate),
                                                 latestDate().toString(Qt::ISODate))));
}

Status checkDateRange(const QDate &from, const QDate &to, int longestDays, const QString &what)
{
    if (auto ok = checkDate(from, what); !ok)
        return ok;
    if (auto ok = checkDate(to, what); !ok)
        return ok;
    if (to < from)
        return std::unexpected(Error::usage(
            Text::tr("%1: %2 is before %3.").arg(what, to.toString(Qt::ISODate), from.toString(Qt::ISODate))));
    if (from.daysTo(to) + 1 > longestDays)
        return std::unexpected(Error::usage(Text::tr("%1 covers %2 days, more than the %3 SAMS allows at once.")
                                                .arg(what)
                                                .arg(from.daysTo(to) + 1)
                                                .arg(longestDays)));
    return {};
}

Status checkLockSpan(qint64 start, qint64 end)
{
    const QDate first = QDateTime::fromSecsSinceEpoch(start, Qt::UTC).date();
    const QDate last = QDateTime::fromSecsSinceEpoch(end, Qt::UTC).date();
    const QString what = Text::tr("The lock");
    if (auto ok = checkDate(first, what); !ok)
        return ok;
    if (auto ok = checkDate(last, what); !ok)
        return ok;
    if (end <= start)
        return std::unexpected(Error::usage(Text::tr("A lock must end after it starts.")));
    if (end - start > qint64(longestLockDays) * 86400)
        return std::unexpected(Error::usage(
            Text::tr("The lock lasts %1 days, more than %2; close a chair or store with an end date instead.")
                .arg((end - start + 86399) / 86400)
                .arg(longestLockDays)));
    return {};
}

} // namespace sams::limits
