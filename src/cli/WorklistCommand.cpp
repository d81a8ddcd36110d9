#include "cli/RuleOptions.h"
#include "cli/RulesCommands.h"

#include "core/Clock.h"
#include "core/Worklist.h"
#include "storage/SqlRulesWriter.h"
#include "storage/SqlScheduleRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sams::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::cli::WorklistCommand)
};

QString localText(qint64 instant, const Store &store, Qt::DateFormat format)
{
    return QDateTime::fromSecsSinceEpoch(instant, Qt::UTC).toTimeZone(store.timeZone()).toString(format);
}

QJsonObject toJson(const WorklistItem &item, const QHash<ChairId, QString> &chairs)
{
    QJsonArray alternatives;
    for (const SlotOffer &offer : item.alternatives)
        alternatives.append(
            QJsonObject{{QStringLiteral("chair"), chairs.value(offer.chairId)},
                        {QStringLiteral("start"), localText(offer.span.start, item.store, Qt::ISODate)}});
    const Appointment &a = item.appointment;
    return QJsonObject{{QStringLiteral("appointment"), a.id},
                       {QStringLiteral("version"), a.version},
                       {QStringLiteral("store"), item.store.code},
                       {QStringLiteral("chair"), item.chairName},
                       {QStringLiteral("start"), localText(a.startsAt.toSecsSinceEpoch(), item.store, Qt::ISODate)},
                       {QStringLiteral("customer"), a.customerName},
                       {QStringLiteral("phone"), a.customerPhone},
                       {QStringLiteral("contacted"), a.isContacted()},
                       {QStringLiteral("note"), a.isContacted() ? a.contactNote : QString()},
                       {QStringLiteral("alternatives"), alternatives}};
}

int contacted(const CommandContext &context, const QCommandLineParser &parser)
{
    bool ok = false;
    const AppointmentId id = parser.positionalArguments().value(1).toLongLong(&ok);
    if (!ok)
        return context.fail(Error::usage(Text::tr("Say: worklist contacted ID --note TEXT [--version V]")));
    const Result<QString> note = required(parser, QStringLiteral("note"));
    if (!note)
        return context.fail(note.error());
    auto database = context.openExisting();
    if (!database)
        return context.fail(database.error());
    int version = parser.value(QStringLiteral("version")).toInt(&ok);
    if (!ok) {
        const Result<Appointment> current = SqlScheduleRepository(**database).appointment(id);
        if (!current)
            return context.fail(current.error());
        version = current->version;
    }
    const Result<int> saved = SqlRulesWriter(**database, (*database)->actor()).markContacted(id, version, *note);
    if (!saved)
        return context.fail(saved.error());
    context.out << Text::tr("Appointment %1 is marked contacted (version %2).").arg(id).arg(*saved) << Qt::endl;
    return 0;
}
} // namespace

int runWorklist(const CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("contacted"), Text::tr("Mark one contacted."));
    parser.addOptions({{QStringLiteral("store"), Text::tr("Only this store."), QStringLiteral("code")},
                       {QStringLiteral("all"), Text::tr("Also those marked contacted.")},
                       {QStringLiteral("json"), Text::tr("Print JSON.")},
                       {QStringLiteral("note"), Text::tr("What the customer was told."), QStringLiteral("text")},
                       {QStringLiteral("version"), Text::tr("The appointment's version."), QStringLiteral("n")}});
    // Up to two positional arguments ("contacted ID"), none required.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments))
        return context.fail(Error::usage(parser.errorText()));
    if (parser.positionalArguments().value(0) == QLatin1String("contacted"))
        return contacted(context, parser);
    if (!parser.positionalArguments().isEmpty() || parser.isSet(QStringLiteral("note")))
        return context.fail(
            Error::usage(Text::tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first())));

    auto database = context.openExisting();
    if (!database)
        return context.fail(database.error());
    SqlScheduleRepository repository(**database);
    QList<Store> stores;
    if (parser.isSet(QStringLiteral("store"))) {
        const Result<StoreAndChair> target = storeAndChair(repository, parser);
        if (!target)
            return context.fail(target.error());
        stores.append(target->store);
    } else {
        const Result<QList<Store>> all = repository.stores();
        if (!all)
            return context.fail(all.error());
        stores = *all;
    }
    const qint64 now = Clock::nowUtc().toSecsSinceEpoch();
    QJsonArray json;
    qsizetype count = 0;
    for (const Store &store : std::as_const(stores)) {
        const Result<QList<WorklistItem>> items
            = loadWorklist(repository, store, now, parser.isSet(QStringLiteral("all")));
        if (!items)
            return context.fail(items.error());
        QHash<ChairId, QString> chairs;
        if (const Result<QList<Chair>> read = repository.chairs(store.id); read) {
            for (const Chair &c : *read)
                chairs.insert(c.id, c.name);
        }
        for (const WorklistItem &item : *items) {
            ++count;
            if (parser.isSet(QStringLiteral("json"))) {
                json.append(toJson(item, chairs));
                continue;
            }
            const Appointment &a = item.appointment;
            QStringList offers;
            for (const SlotOffer &offer : item.alternatives)
                offers.append(QStringLiteral("%1 %2").arg(chairs.value(offer.chairId),
                                                          localText(offer.span.start, store, Qt::ISODate)));
            context.out << a.id << '\t' << store.code << '\t' << item.chairName << '\t'
                        << localText(a.startsAt.toSecsSinceEpoch(), store, Qt::ISODate) << '\t' << a.customerName
                        << '\t' << a.customerPhone << '\t'
                        << (a.isContacted() ? Text::tr("contacted: %1").arg(a.contactNote) : Text::tr("to contact"))
                        << '\t' << offers.join(QStringLiteral("; ")) << '\n';
        }
    }
    if (parser.isSet(QStringLiteral("json")))
        context.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    else
        context.out << Text::tr("%n displaced appointment(s) to reschedule.", nullptr, int(count)) << '\n';
    context.out.flush();
    return 0;
}

} // namespace sams::cli
