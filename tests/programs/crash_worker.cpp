// A writer for the crash test: books, moves and cancels at random through the
// same writer as samsctl until it is killed, its database goes away or SECONDS
// pass. Each write is printed only AFTER its commit returned, so the parent knows
// exactly which writes were acknowledged:
//   book ID 1 | move ID VERSION | cancel ID VERSION
//   error KIND MESSAGE   (an unexpected failure; the worker then exits 1)
//   done ACKNOWLEDGED REFUSED   (SECONDS passed; exit 0)
// Usage: crash_worker DB_URL SEED SECONDS   (SAMS_FAKE_NOW fixes the clock)
// Customers are named "Crash SEED" so the parent can tell whose rows are whose.

#include "core/Clock.h"
#include "core/StoreScheduleLoader.h"
#include "storage/Database.h"
#include "storage/SqlBookingWriter.h"
#include "storage/SqlScheduleRepository.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QRandomGenerator>

#include <cstdio>

using namespace sams;

namespace {

// Where a booking may land: an open slot as the rules stood when the worker started
// (the writer checks again inside its transaction, so a stale pick is only refused).
struct Target {
    int store = 0; // index into the stores list
    ChairId chair = 0;
    qint64 start = 0;
};

struct Mine {
    AppointmentId id = 0;
    int store = 0;
    int version = 1;
};

// One line, written and flushed at once: a kill can cut the process anywhere, and
// a line the parent has in full is one the worker finished acknowledging.
void say(const QString &line)
{
    const QByteArray bytes = (line + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        say(QStringLiteral("error usage crash_worker DB_URL SEED SECONDS"));
        return 2;
    }
    const QString &seed = args.at(2);
    QDeadlineTimer deadline(qint64(args.at(3).toDouble() * 1000));
    Clock::setFixed(QDateTime::fromString(qEnvironmentVariable("SAMS_FAKE_NOW"), Qt::ISODate));
    auto fail = [](const Error &error) {
        say(QStringLiteral("error %1 %2").arg(int(error.kind)).arg(error.message.simplified()));
        return 1;
    };

    auto url = DatabaseUrl::parse(args.at(1));
    auto database = url ? Database::open(*url, Database::Creation::MustExist) : std::unexpected(url.error());
    if (!database)
        return fail(database.error());
    SqlScheduleRepository repository(**database);
    const Result<QList<Store>> stores = repository.stores();
    if (!stores)
        return fail(stores.error());

    // Six weeks of open slots from the day after "now", every store and chair.
    const QDate first = Clock::nowUtc().date().addDays(1);
    const QDate last = first.addDays(41);
    QList<Target> targets;
    for (int s = 0; s < stores->size(); ++s) {
        const Result<StoreSchedule> schedule = loadStoreSchedule(repository, stores->at(s), first, last);
        if (!schedule)
            return fail(schedule.error());
        for (const Chair &chair : schedule->rules().chairs) {
            for (QDate day = first; day <= last; day = day.addDays(1)) {
                const QList<SlotInfo> slots = schedule->slots(chair, day);
                for (const SlotInfo &slot : slots) {
                    if (slot.state == SlotState::Open)
                        targets.append({s, chair.id, slot.span.start});
                }
            }
        }
    }
    if (targets.isEmpty())
        return fail(Error::failed(QStringLiteral("no open slot to book")));

    QRandomGenerator random(seed.toUInt());
    SqlBookingWriter writer(**database, QStringLiteral("crash-%1").arg(seed));
    QList<Mine> mine; // acknowledged and not cancelled
    int acknowledged = 0, refused = 0;
    while (!deadline.hasExpired()) {
        const int dice = int(random.bounded(10));
        const Target target = targets.at(int(random.bounded(int(targets.size()))));
        if (dice < 5 || mine.isEmpty()) {
            BookingRequest request;
            request.chairId = target.chair;
            request.start = target.start;
            Appointment details;
            details.customerName = QStringLiteral("Crash %1").arg(seed);
            details.status = AppointmentStatus::Confirmed;
            const Result<AppointmentId> id = writer.book(stores->at(target.store), request, details);
            if (id) {
                say(QStringLiteral("book %1 1").arg(*id));
                mine.append({*id, target.store, 1});
                ++acknowledged;
                continue;
            }
            if (id.error().kind != Error::Kind::Conflict && id.error().kind != Error::Kind::Rule)
                return fail(id.error());
            ++refused;
            continue;
        }
        const int pick = int(random.bounded(int(mine.size())));
        Mine &appointment = mine[pick];
        const bool move = dice < 8;
        Result<int> version = std::unexpected(Error{});
        if (move) {
            // Another open slot of the same store, any chair.
            const Target *to = &target;
            for (int tries = 0; tries < 50 && to->store != appointment.store; ++tries)
                to = &targets.at(int(random.bounded(int(targets.size()))));
            if (to->store != appointment.store)
                continue;
            version
                = writer.move(stores->at(appointment.store), appointment.id, to->chair, to->start, appointment.version);
        } else {
            version = writer.cancel(appointment.id, QStringLiteral("crash test"), appointment.version);
        }
        if (version) {
            say(QStringLiteral("%1 %2 %3")
                    .arg(move ? QStringLiteral("move") : QStringLiteral("cancel"))
                    .arg(appointment.id)
                    .arg(*version));
            ++acknowledged;
            appointment.version = *version;
            if (!move)
                mine.removeAt(pick);
            continue;
        }
        if (version.error().kind != Error::Kind::Conflict && version.error().kind != Error::Kind::Rule)
            return fail(version.error());
        ++refused;
    }
    say(QStringLiteral("done %1 %2").arg(acknowledged).arg(refused));
    return 0;
}
