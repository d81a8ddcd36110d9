// A writer for the race test: books the same slots as its siblings, in its own
// order, through the same booking path as samsctl, and reports what happened.
// Usage: race_worker DB_URL STORE CHAIR SEED START [START...]   (starts store-local;
// START+N books N slots, 1 without)

#include "core/Clock.h"
#include "core/SlotCalculator.h"
#include "core/StoreScheduleLoader.h"
#include "storage/Database.h"
#include "storage/SqlBookingWriter.h"
#include "storage/SqlScheduleRepository.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>

using namespace sams;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 6) {
        out << "usage: race_worker DB_URL STORE CHAIR SEED START..." << Qt::endl;
        return 2;
    }
    Clock::setFixed(QDateTime::fromString(qEnvironmentVariable("SAMS_FAKE_NOW"), Qt::ISODate));
    auto url = DatabaseUrl::parse(args.at(1));
    auto database = url ? Database::open(*url) : std::unexpected(url.error());
    if (!database) {
        out << "error " << database.error().message << Qt::endl;
        return 1;
    }
    SqlScheduleRepository repository(**database);
    const Result<Store> store = findStore(repository, args.at(2));
    const auto chairs = repository.chairs(store ? store->id : 0);
    const auto chair
        = std::find_if(chairs->cbegin(), chairs->cend(), [&](const Chair &c) { return c.name == args.at(3); });
    if (!store || chair == chairs->cend()) {
        out << "error no such store or chair" << Qt::endl;
        return 1;
    }
    QStringList starts = args.mid(5);
    std::shuffle(starts.begin(), starts.end(), QRandomGenerator(args.at(4).toUInt()));

    int booked = 0, conflicts = 0, errors = 0;
    SqlBookingWriter writer(**database, QStringLiteral("race-%1").arg(args.at(4)));
    for (const QString &start : std::as_const(starts)) {
        const qsizetype plus = start.indexOf(QLatin1Char('+'));
        const std::optional<LocalDateTime> parsed = parseLocalDateTime(plus < 0 ? start : start.left(plus));
        if (!parsed) {
            out << "error bad start " << start << Qt::endl;
            return 2;
        }
        const LocalDateTime wall = *parsed;
        BookingRequest request;
        request.chairId = chair->id;
        request.start = SlotCalculator::instantSecs(wall.date, wall.minute, store->timeZone());
        request.slotCount = plus < 0 ? 1 : start.mid(plus + 1).toInt();
        Appointment details;
        details.customerName = QStringLiteral("Racer %1").arg(args.at(4));
        details.status = AppointmentStatus::Confirmed;
        const Result<AppointmentId> id = writer.book(*store, request, details);
        if (id)
            ++booked;
        else if (id.error().kind == Error::Kind::Conflict)
            ++conflicts;
        else {
            ++errors;
            out << "error " << id.error().message << Qt::endl;
        }
    }
    out << "booked " << booked << " conflicts " << conflicts << " errors " << errors << Qt::endl;
    return errors == 0 ? 0 : 1;
}
