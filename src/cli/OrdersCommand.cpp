#include "cli/OrdersCommand.h"

#include "cli/RuleOptions.h"
#include "core/Clock.h"
#include "core/DueToday.h"
#include "core/SlotCalculator.h"
#include "core/TextRules.h"
#include "core/WorkOrderRules.h"
#include "storage/SqlScheduleRepository.h"
#include "storage/SqlWorkOrderService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace sams::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::cli::OrdersCommand)
};

QString opt(const char *name)
{
    return QString::fromLatin1(name);
}

// What one invocation works with: the database, its stores, the service.
struct Orders {
    std::unique_ptr<Database> database;
    std::unique_ptr<SqlScheduleRepository> repository;
    std::unique_ptr<SqlWorkOrderService> service;
};

Result<Orders> open(const CommandContext &context)
{
    auto database = context.openExisting();
    if (!database)
        return std::unexpected(database.error());
    Orders o;
    o.database = std::move(*database);
    o.repository = std::make_unique<SqlScheduleRepository>(*o.database);
    o.service = std::make_unique<SqlWorkOrderService>(*o.database, o.database->actor());
    return o;
}

Result<qint64> number(const QCommandLineParser &parser)
{
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(1).toLongLong(&ok);
    if (!ok || id <= 0)
        return std::unexpected(
            Error::usage(Text::tr("Say which order: orders %1 NUMBER.").arg(parser.positionalArguments().value(0))));
    return id;
}

// --date with --slot or --time, exactly one of them.
Result<OrderDue> dueOptions(const QCommandLineParser &parser)
{
    const Result<QDate> date = dateOption(parser, opt("date"));
    if (!date)
        return std::unexpected(date.error());
    const bool slot = parser.isSet(opt("slot"));
    if (slot == parser.isSet(opt("time")))
        return std::unexpected(Error::usage(Text::tr("Give one of --slot MORNING|AFTERNOON|EVENING or --time HH:MM.")));
    if (slot) {
        const std::optional<DueSlot> named = parseDueSlot(parser.value(opt("slot")).toUpper());
        if (!named || *named == DueSlot::None || *named == DueSlot::Exact)
            return std::unexpected(Error::usage(Text::tr("--slot \"%1\" is not MORNING, AFTERNOON or EVENING.")
                                                    .arg(safeText(parser.value(opt("slot"))))));
        return OrderDue{*date, *named, -1};
    }
    const std::optional<int> minute = parseMinuteOfDay(parser.value(opt("time")), false);
    if (!minute)
        return std::unexpected(
            Error::usage(Text::tr("--time \"%1\" is not a time; use HH:MM.").arg(safeText(parser.value(opt("time"))))));
    return OrderDue{*date, DueSlot::Exact, *minute};
}

// The order's version: --version, or as it is now.
Result<int> versionOf(const QCommandLineParser &parser, WorkOrderService &service, qint64 id)
{
    if (parser.isSet(opt("version"))) {
        bool ok = false;
        const int version = parser.value(opt("version")).toInt(&ok);
        if (!ok || version <= 0)
            return std::unexpected(Error::usage(Text::tr("--version must be a positive number.")));
        return version;
    }
    const Result<WorkOrder> current = service.order(id);
    if (!current)
        return std::unexpected(current.error());
    return current->version;
}

// Each store's instant for --at (a store-local wall time), or now.
QDateTime momentFor(const std::optional<LocalDateTime> &at, const Store &store)
{
    return at ? SlotCalculator::instantOf(at->date, at->minute, store.timeZone()) : Clock::nowUtc();
}

Result<QList<Store>> storesFor(const QCommandLineParser &parser, ScheduleRepository &repository)
{
    if (!parser.isSet(opt("store")))
        return repository.stores();
    const Result<StoreAndChair> target = storeAndChair(repository, parser);
    if (!target)
        return std::unexpected(target.error());
    return QList<Store>{target->store};
}

QString localText(const QDateTime &instant, const Store &store)
{
    return instant.toTimeZone(store.timeZone()).toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
}

int add(const CommandContext &context, const QCommandLineParser &parser, bool walkIn)
{
    const Result<QString> customer = required(parser, opt("customer"));
    if (!customer)
        return context.fail(customer.error());
    Result<Orders> o = open(context);
    if (!o)
        return context.fail(o.error());
    const Result<StoreAndChair> target = storeAndChair(*o->repository, parser);
    if (!target)
        return context.fail(target.error());
    WorkOrder order;
    order.storeId = target->store.id;
    order.customerName = *customer;
    order.customerPhone = parser.value(opt("phone"));
    order.customerEmail = parser.value(opt("email"));
    order.title = parser.value(opt("items"));
    order.details = parser.value(opt("notes"));
    if (!walkIn) {
        const Result<OrderDue> due = dueOptions(parser);
        if (!due)
            return context.fail(due.error());
        order.dueDate = due->date;
        order.dueSlot = due->slot;
        order.dueMinute = due->minute;
        if (parser.isSet(opt("appointment"))) {
            bool ok = false;
            order.appointmentId = parser.value(opt("appointment")).toLongLong(&ok);
            if (!ok)
                return context.fail(Error::usage(Text::tr("--appointment must be an appointment number.")));
        }
    }
    const Result<qint64> id = o->service->schedule(order, parser.value(opt("request-key")));
    if (!id)
        return context.fail(id.error());
    context.out << *id << Qt::endl;
    return 0;
}

// An edit of an existing order: its number, the database, its version
// (--version, or as it is now), then `edit`. Returns the number and the new version.
using OrderEdit = std::function<Result<int>(WorkOrderService &service, qint64 id, int version)>;
Result<std::pair<qint64, int>> editOrder(const CommandContext &context, const QCommandLineParser &parser,
                                         const OrderEdit &edit)
{
    const Result<qint64> id = number(parser);
    if (!id)
        return std::unexpected(id.error());
    Result<Orders> o = open(context);
    if (!o)
        return std::unexpected(o.error());
    const Result<int> version = versionOf(parser, *o->service, *id);
    if (!version)
        return std::unexpected(version.error());
    const Result<int> saved = edit(*o->service, *id, *version);
    if (!saved)
        return std::unexpected(saved.error());
    return std::pair{*id, *saved};
}

int reschedule(const CommandContext &context, const QCommandLineParser &parser)
{
    const Result<OrderDue> due = dueOptions(parser);
    if (!due)
        return context.fail(due.error());
    const Result<QString> reason = required(parser, opt("reason"));
    if (!reason)
        return context.fail(reason.error());
    const auto saved = editOrder(context, parser, [&](WorkOrderService &service, qint64 id, int version) {
        return service.reschedule(id, version, *due, *reason);
    });
    if (!saved)
        return context.fail(saved.error());
    context.out << Text::tr("Order %1 is due %2 %3 (version %4).")
                       .arg(saved->first)
                       .arg(due->date.toString(Qt::ISODate), dueText(*due))
                       .arg(saved->second)
                << Qt::endl;
    return 0;
}

int changeStatus(const CommandContext &context, const QCommandLineParser &parser, WorkOrderStatus to)
{
    const auto saved = editOrder(context, parser, [to](WorkOrderService &service, qint64 id, int version) {
        return service.setStatus(id, version, to);
    });
    if (!saved)
        return context.fail(saved.error());
    context.out
        << Text::tr("Order %1 is %2 (version %3).").arg(saved->first).arg(workOrderStatusName(to)).arg(saved->second)
        << Qt::endl;
    return 0;
}

QString dueLine(const OrderDue &due)
{
    return due.date.isValid() ? due.date.toString(Qt::ISODate) + QLatin1Char(' ') + dueText(due) : dueText(due);
}

int show(const CommandContext &context, const QCommandLineParser &parser)
{
    const Result<qint64> id = number(parser);
    if (!id)
        return context.fail(id.error());
    Result<Orders> o = open(context);
    if (!o)
        return context.fail(o.error());
    const Result<WorkOrder> order = o->service->order(*id);
    if (!order)
        return context.fail(order.error());
    const Result<QList<OrderReschedule>> trail = o->service->trail(*id);
    if (!trail)
        return context.fail(trail.error());
    const Result<Store> store = o->repository->store(order->storeId);
    if (!store)
        return context.fail(store.error());
    if (parser.isSet(opt("json"))) {
        QJsonArray steps;
        for (const OrderReschedule &step : *trail)
            steps.append(QJsonObject{{opt("count"), step.count},
                                     {opt("from"), dueLine(step.from)},
                                     {opt("to"), dueLine(step.to)},
                                     {opt("reason"), step.reason},
                                     {opt("by"), step.actor},
                                     {opt("at"), step.at.toString(Qt::ISODate)}});
        const QJsonObject json{{opt("number"), order->id},
                               {opt("store"), store->code},
                               {opt("customer"), order->customerName},
                               {opt("items"), order->title},
                               {opt("status"), workOrderStatusName(order->status)},
                               {opt("due"), dueLine(dueOf(*order))},
                               {opt("original_date"), order->originalDate.toString(Qt::ISODate)},
                               {opt("reschedule_count"), order->rescheduleCount},
                               {opt("version"), order->version},
                               {opt("trail"), steps}};
        context.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return 0;
    }
    context.out << Text::tr("Order %1 at %2 for %3").arg(order->id).arg(store->code, order->customerName) << '\n';
    if (!order->title.isEmpty())
        context.out << Text::tr("Items: %1").arg(order->title) << '\n';
    if (!order->details.isEmpty())
        context.out << Text::tr("Notes: %1").arg(order->details) << '\n';
    context.out << Text::tr("Status: %1 (version %2)").arg(workOrderStatusName(order->status)).arg(order->version)
                << '\n';
    context.out << Text::tr("Due: %1").arg(dueLine(dueOf(*order))) << '\n';
    if (order->appointmentId)
        context.out << Text::tr("For appointment %1").arg(*order->appointmentId) << '\n';
    context.out << Text::tr("Trail: %1 (rescheduled %2×)").arg(trailText(*trail, *order)).arg(order->rescheduleCount)
                << '\n';
    for (const OrderReschedule &step : *trail)
        context.out << Text::tr("  %1. %2 → %3  by %4: %5")
                           .arg(step.count)
                           .arg(dueLine(step.from), dueLine(step.to), step.actor, step.reason)
                    << '\n';
    context.out.flush();
    return 0;
}

// What due-today and remind work on: the stores (--store, else all) and the
// moment in each (--at, store-local, else now).
struct StoresAt {
    Orders orders;
    QList<Store> stores;
    std::optional<LocalDateTime> at;
    QDateTime momentIn(const Store &store) const { return momentFor(at, store); }
};

Result<StoresAt> storesAt(const CommandContext &context, const QCommandLineParser &parser)
{
    StoresAt target;
    if (parser.isSet(opt("at"))) {
        const Result<LocalDateTime> at = localDateTimeOption(parser, opt("at"));
        if (!at)
            return std::unexpected(at.error());
        target.at = *at;
    }
    Result<Orders> o = open(context);
    if (!o)
        return std::unexpected(o.error());
    target.orders = std::move(*o);
    const Result<QList<Store>> stores = storesFor(parser, *target.orders.repository);
    if (!stores)
        return std::unexpected(stores.error());
    target.stores = *stores;
    return target;
}

int dueToday(const CommandContext &context, const QCommandLineParser &parser)
{
    Result<StoresAt> target = storesAt(context, parser);
    if (!target)
        return context.fail(target.error());
    const QList<Store> &stores = target->stores;
    QList<DueEntry> entries;
    for (const Store &store : stores) {
        const QDateTime now = target->momentIn(store);
        const Result<QList<OpenOrders>> open = target->orders.service->openOrders({store.id}, now);
        if (!open)
            return context.fail(open.error());
        entries.append(dueTodayEntries(open->first().store, open->first().orders, now));
    }
    sortDueEntries(entries);
    QHash<QString, Store> byCode;
    for (const Store &store : stores)
        byCode.insert(store.code, store);
    if (parser.isSet(opt("json"))) {
        QJsonArray json;
        for (const DueEntry &e : entries)
            json.append(
                QJsonObject{{opt("number"), e.order.id},
                            {opt("store"), e.storeCode},
                            {opt("customer"), e.order.customerName},
                            {opt("due"), e.due.isValid() ? localText(e.due, byCode.value(e.storeCode)) : QJsonValue()},
                            {opt("state"), dueStateName(e.state)},
                            {opt("status"), workOrderStatusName(e.order.status)}});
        context.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const DueEntry &e : entries)
        context.out << dueStateName(e.state) << '\t' << e.order.id << '\t' << e.storeCode << '\t'
                    << (e.due.isValid() ? localText(e.due, byCode.value(e.storeCode)) : Text::tr("walk-in")) << '\t'
                    << workOrderStatusName(e.order.status) << '\t' << e.order.customerName << '\t' << e.order.title
                    << '\n';
    context.out << Text::tr("Orders: %1").arg(entries.size()) << Qt::endl;
    return 0;
}

int remind(const CommandContext &context, const QCommandLineParser &parser)
{
    Result<StoresAt> target = storesAt(context, parser);
    if (!target)
        return context.fail(target.error());
    int made = 0;
    for (const Store &store : std::as_const(target->stores)) {
        const Result<QList<OrderReminder>> reminders
            = target->orders.service->runReminders(target->momentIn(store), {store.id});
        if (!reminders)
            return context.fail(reminders.error());
        for (const OrderReminder &r : *reminders) {
            ++made;
            context.out << r.subject << '\n' << r.body << '\n';
        }
    }
    context.out << Text::tr("Reminders made: %1").arg(made) << Qt::endl;
    return 0;
}

int reminderTime(const CommandContext &context, const QCommandLineParser &parser)
{
    const std::optional<int> minute = parseMinuteOfDay(parser.value(opt("time")), false);
    if (!minute)
        return context.fail(Error::usage(Text::tr("--time HH:MM is required.")));
    Result<Orders> o = open(context);
    if (!o)
        return context.fail(o.error());
    const Result<StoreAndChair> target = storeAndChair(*o->repository, parser);
    if (!target)
        return context.fail(target.error());
    if (auto ok = o->service->setReminderMinute(target->store.id, *minute); !ok)
        return context.fail(ok.error());
    context.out << Text::tr("%1 reminds its technicians at %2.").arg(target->store.code, formatMinuteOfDay(*minute))
                << Qt::endl;
    return 0;
}
} // namespace

int runOrders(const CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(opt("verb"),
                                 Text::tr("schedule, walk-in, reschedule, start, complete, cancel, show, "
                                          "due-today, remind or reminder-time"));
    parser.addOptions({{opt("store"), Text::tr("The store."), opt("code")},
                       {opt("customer"), Text::tr("Who it is for."), opt("name")},
                       {opt("phone"), Text::tr("The customer's phone."), opt("phone")},
                       {opt("email"), Text::tr("The customer's e-mail."), opt("address")},
                       {opt("items"), Text::tr("What to prepare."), opt("text")},
                       {opt("notes"), Text::tr("Notes."), opt("text")},
                       {opt("date"), Text::tr("Due date."), opt("YYYY-MM-DD")},
                       {opt("slot"), Text::tr("MORNING, AFTERNOON or EVENING."), opt("slot")},
                       {opt("time"), Text::tr("An exact time."), opt("HH:MM")},
                       {opt("appointment"), Text::tr("The appointment to prepare for."), opt("id")},
                       {opt("reason"), Text::tr("Why it moves."), opt("text")},
                       {opt("version"), Text::tr("The order's version."), opt("n")},
                       {opt("at"), Text::tr("Store-local moment."), opt("YYYY-MM-DDTHH:MM")},
                       {opt("request-key"), Text::tr("A retry with the same key adds nothing."), opt("key")},
                       {opt("json"), Text::tr("Print JSON.")}});
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments))
        return context.fail(Error::usage(parser.errorText()));
    const QString verb = parser.positionalArguments().value(0);
    const bool numbered
        = QStringList{opt("reschedule"), opt("start"), opt("complete"), opt("cancel"), opt("show")}.contains(verb);
    if (auto ok = parseArguments(parser, arguments, numbered ? 2 : 1); !ok)
        return context.fail(ok.error());
    if (verb == QLatin1String("schedule"))
        return add(context, parser, false);
    if (verb == QLatin1String("walk-in"))
        return add(context, parser, true);
    if (verb == QLatin1String("reschedule"))
        return reschedule(context, parser);
    if (verb == QLatin1String("start"))
        return changeStatus(context, parser, WorkOrderStatus::InProgress);
    if (verb == QLatin1String("complete"))
        return changeStatus(context, parser, WorkOrderStatus::Completed);
    if (verb == QLatin1String("cancel"))
        return changeStatus(context, parser, WorkOrderStatus::Cancelled);
    if (verb == QLatin1String("show"))
        return show(context, parser);
    if (verb == QLatin1String("due-today"))
        return dueToday(context, parser);
    if (verb == QLatin1String("remind"))
        return remind(context, parser);
    if (verb == QLatin1String("reminder-time"))
        return reminderTime(context, parser);
    return context.fail(Error::usage(Text::tr("Say orders schedule, walk-in, reschedule, start, complete, cancel, "
                                              "show, due-today, remind or reminder-time.")));
}

} // namespace sams::cli
