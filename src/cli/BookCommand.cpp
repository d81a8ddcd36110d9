#include "cli/BookCommand.h"

#include "core/SlotCalculator.h"
#include "core/StoreScheduleLoader.h"
#include "storage/SqlBookingWriter.h"
#include "storage/SqlScheduleRepository.h"

#include <QCoreApplication>

namespace sams::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::cli::BookCommand)
};

} // namespace

int runBook(const CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("store"), Text::tr("Store code."), QStringLiteral("code")},
         {QStringLiteral("chair"), Text::tr("Chair name."), QStringLiteral("name")},
         {QStringLiteral("start"), Text::tr("Store-local start."), QStringLiteral("YYYY-MM-DDTHH:MM")},
         {QStringLiteral("slots"), Text::tr("Number of slots."), QStringLiteral("n"), QStringLiteral("1")},
         {QStringLiteral("customer"), Text::tr("Customer name."), QStringLiteral("name")},
         {QStringLiteral("phone"), Text::tr("Customer phone."), QStringLiteral("phone")},
         {QStringLiteral("email"), Text::tr("Customer email."), QStringLiteral("email")},
         {QStringLiteral("zip"), Text::tr("Customer zip code."), QStringLiteral("zip")},
         {QStringLiteral("service"), Text::tr("Service."), QStringLiteral("service")},
         {QStringLiteral("channel"), Text::tr("staff, phone or web."), QStringLiteral("channel"),
          QStringLiteral("staff")},
         {QStringLiteral("override-lock"), Text::tr("Book into locked slots.")},
         {QStringLiteral("reason"), Text::tr("Why the lock is overridden."), QStringLiteral("reason")},
         {QStringLiteral("request-key"),
          Text::tr("A key of your own for this request: a retry with the same key never books twice."),
          QStringLiteral("key")}});
    if (auto ok = parseArguments(parser, arguments); !ok)
        return context.fail(ok.error());
    const Result<QString> code = required(parser, QStringLiteral("store"));
    const Result<QString> chairName = required(parser, QStringLiteral("chair"));
    const Result<LocalDateTime> wall = localDateTimeOption(parser, QStringLiteral("start"));
    const Result<QString> customer = required(parser, QStringLiteral("customer"));
    for (const Error *e : {code ? nullptr : &code.error(), chairName ? nullptr : &chairName.error(),
                           wall ? nullptr : &wall.error(), customer ? nullptr : &customer.error()}) {
        if (e)
            return context.fail(*e);
    }
    bool numeric = false;
    const int slots = parser.value(QStringLiteral("slots")).toInt(&numeric);
    if (!numeric || slots < 1 || slots > 48)
        return context.fail(Error::usage(
            Text::tr("--slots \"%1\" must be a number from 1 to 48.").arg(parser.value(QStringLiteral("slots")))));
    const std::optional<BookingChannel> channel = parseChannel(parser.value(QStringLiteral("channel")));
    if (!channel)
        return context.fail(Error::usage(
            Text::tr("--channel \"%1\": use staff, phone or web.").arg(parser.value(QStringLiteral("channel")))));
    const bool override = parser.isSet(QStringLiteral("override-lock"));
    if (override && parser.value(QStringLiteral("reason")).trimmed().isEmpty())
        return context.fail(Error::usage(Text::tr("--override-lock needs --reason.")));

    auto database = context.openExisting();
    if (!database)
        return context.fail(database.error());
    SqlScheduleRepository repository(**database);
    const Result<Store> store = findStore(repository, *code);
    if (!store)
        return context.fail(store.error());
    const Result<Chair> chair = findChair(repository, *store, *chairName);
    if (!chair)
        return context.fail(chair.error());

    BookingRequest request;
    request.chairId = chair->id;
    request.start = SlotCalculator::instantSecs(wall->date, wall->minute, store->timeZone());
    request.slotCount = slots;
    request.channel = *channel;
    request.customerZip = parser.value(QStringLiteral("zip"));
    request.overrideLock = override;
    request.mayOverrideLocks = (*database)->mayOverrideLocks();
    request.overrideReason = parser.value(QStringLiteral("reason"));
    request.requestKey = parser.value(QStringLiteral("request-key")).trimmed();

    Appointment details;
    details.customerName = *customer;
    details.customerPhone = parser.value(QStringLiteral("phone"));
    details.customerEmail = parser.value(QStringLiteral("email"));
    details.service = parser.value(QStringLiteral("service"));
    details.status = AppointmentStatus::Confirmed;

    const Result<AppointmentId> id = SqlBookingWriter(**database, (*database)->actor()).book(*store, request, details);
    if (!id)
        return context.fail(id.error());
    context.out << *id << Qt::endl;
    return 0;
}

} // namespace sams::cli
