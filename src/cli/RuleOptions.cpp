#include "cli/RuleOptions.h"

#include "core/Spreadsheet.h"
#include "core/StoreScheduleLoader.h"

#include <QCoreApplication>

namespace sams::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::cli::RuleOptions)
};
} // namespace

Result<DayIntervals> parseDayIntervals(const QString &text, const QString &option)
{
    DayIntervals day;
    if (text.trimmed().isEmpty() || text.trimmed() == QLatin1String("closed"))
        return day;
    for (const QString &span : text.split(QLatin1Char(','))) {
        const std::optional<TimeInterval> interval = parseTimeInterval(span);
        if (!interval || interval->closeMinute <= interval->openMinute)
            return std::unexpected(
                Error::usage(Text::tr("--%1: \"%2\" is not an interval like 09:00-12:00.").arg(option, span)));
        day.append(*interval);
    }
    return day;
}

Result<std::array<DayIntervals, 7>> parseWeek(const QString &text, const QString &option)
{
    std::array<DayIntervals, 7> week;
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList words = part.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const std::optional<QList<int>> days = words.isEmpty() ? std::nullopt : parseDays(words.first());
        if (!days || words.size() != 2)
            return std::unexpected(Error::usage(
                Text::tr("--%1: \"%2\" is not like \"mon-fri 09:00-12:00,13:00-17:00\".").arg(option, part.trimmed())));
        const Result<DayIntervals> intervals = parseDayIntervals(words.at(1), option);
        if (!intervals)
            return std::unexpected(intervals.error());
        for (int day : *days)
            week.at(day - 1) += *intervals;
    }
    return week;
}

Result<StoreAndChair> storeAndChair(ScheduleRepository &repository, const QCommandLineParser &parser)
{
    const Result<QString> code = required(parser, QStringLiteral("store"));
    if (!code)
        return std::unexpected(code.error());
    if (parser.isSet(QStringLiteral("chair")) && parser.value(QStringLiteral("chair")).isEmpty())
        return std::unexpected(Error::usage(Text::tr("--chair needs a name.")));
    return storeAndChair(repository, *code, parser.value(QStringLiteral("chair")));
}

Result<StoreAndChair> storeAndChair(ScheduleRepository &repository, const QString &code, const QString &chairName)
{
    const Result<Store> store = findStore(repository, code);
    if (!store)
        return std::unexpected(store.error());
    StoreAndChair found{*store, std::nullopt};
    if (!chairName.isEmpty()) {
        const Result<Chair> chair = findChair(repository, *store, chairName);
        if (!chair)
            return std::unexpected(chair.error());
        found.chair = *chair;
    }
    return found;
}

void printDisplaced(const CommandContext &context, ScheduleRepository &repository, const Store &store,
                    const QList<DayImpact> &days, bool wouldOnly)
{
    QList<AppointmentId> ids;
    for (const DayImpact &day : days) {
        for (const BookedSpan &span : day.appointments)
            ids.append(span.id);
    }
    QHash<AppointmentId, QString> customers;
    if (const Result<QList<Appointment>> read = repository.appointmentsWithIds(ids); read) {
        for (const Appointment &a : *read)
            customers.insert(a.id, a.customerName);
    }
    QHash<ChairId, QString> chairs;
    if (const Result<QList<Chair>> read = repository.chairs(store.id); read) {
        for (const Chair &c : *read)
            chairs.insert(c.id, c.name);
    }
    for (const DayImpact &day : days) {
        for (const BookedSpan &span : day.appointments) {
            const QString start = QDateTime::fromSecsSinceEpoch(span.start, Qt::UTC)
                                      .toTimeZone(store.timeZone())
                                      .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
            context.out << (wouldOnly ? Text::tr("would displace appointment %1 at %2 (%3, %4, %5)")
                                      : Text::tr("displaces appointment %1 at %2 (%3, %4, %5)"))
                               .arg(span.id)
                               .arg(start, store.code, chairs.value(span.chairId), customers.value(span.id))
                        << '\n';
        }
    }
    context.out << (wouldOnly ? Text::tr("%n appointment(s) would be displaced.", nullptr, int(ids.size()))
                              : Text::tr("%n appointment(s) displaced: on the rescheduling worklist.", nullptr,
                                         int(ids.size())))
                << Qt::endl;
}

} // namespace sams::cli
