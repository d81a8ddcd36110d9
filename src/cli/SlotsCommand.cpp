#include "cli/SlotsCommand.h"

#include "core/InputLimits.h"
#include "core/StoreScheduleLoader.h"
#include "core/TextRules.h"
#include "storage/SqlScheduleRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sams::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::cli::SlotsCommand)
};

// "2027-03-14T01:30:00-05:00": the store's offset at that instant.
QString withOffset(qint64 instant, const QTimeZone &zone)
{
    const QDateTime utc = QDateTime::fromSecsSinceEpoch(instant, Qt::UTC);
    return QDateTime::fromSecsSinceEpoch(instant, Qt::OffsetFromUTC, zone.offsetFromUtc(utc)).toString(Qt::ISODate);
}
} // namespace

int runSlots(const CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("store"), Text::tr("Store code."), QStringLiteral("code")},
                       {QStringLiteral("from"), Text::tr("First day."), QStringLiteral("date")},
                       {QStringLiteral("to"), Text::tr("Last day."), QStringLiteral("date")},
                       {QStringLiteral("chair"), Text::tr("Only this chair."), QStringLiteral("name")},
                       {QStringLiteral("json"), Text::tr("Print JSON.")}});
    if (auto ok = parseArguments(parser, arguments); !ok)
        return context.fail(ok.error());
    const Result<QString> code = required(parser, QStringLiteral("store"));
    const Result<QDate> from = dateOption(parser, QStringLiteral("from"));
    const Result<QDate> to = dateOption(parser, QStringLiteral("to"));
    for (const Error *e :
         {code ? nullptr : &code.error(), from ? nullptr : &from.error(), to ? nullptr : &to.error()}) {
        if (e)
            return context.fail(*e);
    }
    if (auto ok = limits::checkDateRange(*from, *to, limits::longestSlotListDays, Text::tr("--from to --to")); !ok)
        return context.fail(ok.error());

    auto database = context.openExisting();
    if (!database)
        return context.fail(database.error());
    SqlScheduleRepository repository(**database);
    const Result<Store> store = findStore(repository, *code);
    if (!store)
        return context.fail(store.error());
    const Result<StoreSchedule> schedule = loadStoreSchedule(repository, *store, *from, *to);
    if (!schedule)
        return context.fail(schedule.error());

    QList<const Chair *> chairs;
    if (parser.isSet(QStringLiteral("chair"))) {
        // The same lookup as book and lock: exact or unambiguous (docs/input.md).
        const Result<Chair> named = findChair(repository, *store, parser.value(QStringLiteral("chair")));
        if (!named)
            return context.fail(named.error());
        for (const Chair &chair : schedule->rules().chairs) {
            if (chair.id == named->id)
                chairs.append(&chair);
        }
    } else {
        for (const Chair &chair : schedule->rules().chairs)
            chairs.append(&chair);
    }

    const QTimeZone zone = schedule->zone();
    const bool json = parser.isSet(QStringLiteral("json"));
    QJsonArray array;
    for (const Chair *chair : std::as_const(chairs)) {
        for (QDate date = *from; date <= *to; date = date.addDays(1)) {
            for (const SlotInfo &slot : schedule->slots(*chair, date)) {
                if (json) {
                    QJsonObject o{{QStringLiteral("chair"), chair->name},
                                  {QStringLiteral("start"), withOffset(slot.span.start, zone)},
                                  {QStringLiteral("end"), withOffset(slot.span.end, zone)},
                                  {QStringLiteral("status"), slotStateName(slot.state)}};
                    if (slot.state == SlotState::Booked)
                        o.insert(QStringLiteral("appointment"), slot.appointments.first());
                    if (!slot.appointments.isEmpty() && store->capacity > 1) {
                        QJsonArray ids;
                        for (AppointmentId id : slot.appointments)
                            ids.append(id);
                        o.insert(QStringLiteral("appointments"), ids);
                    }
                    if (slot.state == SlotState::Locked)
                        o.insert(QStringLiteral("reason"), slot.lockReason);
                    array.append(o);
                } else {
                    context.out << chair->name << '\t' << withOffset(slot.span.start, zone) << '\t'
                                << slotStateName(slot.state);
                    if (!slot.appointments.isEmpty())
                        context.out << '\t' << slot.appointments.first();
                    if (slot.state == SlotState::Locked)
                        context.out << '\t' << safeText(slot.lockReason, -1); // may come from plain SQL
                    context.out << '\n';
                }
            }
        }
    }
    if (json)
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    context.out.flush();
    return 0;
}

} // namespace sams::cli
