#include "cli/ManagerBench.h"

#include "cli/BenchData.h"
#include "core/ChangePreview.h"
#include "core/Clock.h"
#include "core/InputLimits.h"
#include "core/SpreadsheetWriter.h"
#include "core/StoreScheduleLoader.h"
#include "core/Worklist.h"
#include "storage/Database.h"
#include "storage/SqlRulesWriter.h"
#include "storage/SqlScheduleRepository.h"
#include "storage/SqlSpreadsheetImporter.h"

#include <QCoreApplication>
#include <QTemporaryDir>

namespace sams::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::cli::ManagerBench)
};

// A 300-store spreadsheet as the chain keeps it: stores, five chairs each, a
// week of hours with lunch, two zip codes, a holiday.
Spreadsheet generatedSheet(int stores, QDate opensOn)
{
    Spreadsheet sheet;
    for (int s = 1; s <= stores; ++s) {
        Store store;
        store.code = QStringLiteral("IMP-%1").arg(s, 3, 10, QLatin1Char('0'));
        store.name = QStringLiteral("Imported %1").arg(s);
        store.address = QStringLiteral("%1 Main Street").arg(s);
        store.timeZoneId = s % 2 ? "America/Chicago" : "America/New_York";
        store.visibleFrom = opensOn.addDays(-14);
        store.opensOn = opensOn;
        sheet.stores.append(store);
        for (int c = 1; c <= 5; ++c)
            sheet.chairs.append({store.code, Chair{0, 0, QStringLiteral("Chair %1").arg(c), opensOn, {}, 1}});
        HoursVersion hours;
        hours.effectiveFrom = opensOn;
        hours.setDays(1, 5, {{9 * 60, 12 * 60}, {13 * 60, 18 * 60}});
        hours.setDays(6, 6, {{10 * 60, 14 * 60}});
        sheet.hours.append({store.code, QString(), hours});
        DateException holiday;
        holiday.date = opensOn.addDays(30);
        holiday.reason = QStringLiteral("Holiday");
        sheet.exceptions.append({store.code, QString(), holiday});
        for (int z = 0; z < 2; ++z)
            sheet.zipCodes.append({store.code, ZipCode{0, QString::number(10000 + s * 2 + z), opensOn}});
    }
    return sheet;
}
} // namespace

int runManagerBench(const CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("what"), QStringLiteral("manager"));
    parser.addOption(
        {QStringLiteral("runs"), Text::tr("Timed runs of each step."), QStringLiteral("n"), QStringLiteral("20")});
    if (auto ok = parseArguments(parser, arguments, 1); !ok)
        return context.fail(ok.error());
    const int runs = std::clamp(parser.value(QStringLiteral("runs")).toInt(), 3, 1000);
    auto database = openEmptyForBench(context, QStringLiteral("manager"));
    if (!database)
        return context.fail(database.error());

    // Ten stores, each with a year of appointments from today.
    const QDate today = QDate::currentDate();
    const QList<SyntheticStore> chain = generateSyntheticChain(10, 5, today, 365);
    if (auto ok = loadSyntheticChain(**database, chain); !ok)
        return context.fail(ok.error());
    qsizetype appointments = 0;
    for (const SyntheticStore &s : chain)
        appointments += s.booked.size();
    context.out << Text::tr("%1: 10 stores, 5 chairs each, %2 appointments over a year")
                       .arg((*database)->url().displayName())
                       .arg(appointments)
                << Qt::endl;

    SqlScheduleRepository repository(**database);
    const Result<QList<Store>> stores = repository.stores();
    if (!stores || stores->isEmpty())
        return context.fail(stores ? Error::failed(Text::tr("The bench stores are missing.")) : stores.error());
    const Store store = stores->first();
    const QDate storeToday = Clock::todayIn(store.timeZone());
    QDate monday = storeToday.addDays(1);
    while (monday.dayOfWeek() != Qt::Monday)
        monday = monday.addDays(1);

    // 1. The preview of closing at 19:00 instead of 20:00 from next Monday.
    HoursVersion shorter;
    shorter.storeId = store.id;
    shorter.effectiveFrom = monday;
    shorter.setDays(1, 6, {{8 * 60, 12 * 60}, {13 * 60, 19 * 60}});
    const auto [preview, previewed] = timed(runs, [&]() -> qsizetype {
        const Result<ChangePreview> p = previewChange(repository, store, shorter);
        return p ? p->count() : -1;
    });
    context.out << timingRow(Text::tr("impact preview of an hours change, one store, a year"), preview,
                             QStringLiteral("50 ms"), Text::tr("%1 displaced").arg(previewed))
                << Qt::endl;
    // What reading only the touched ranges saves, and what the customers cost.
    const QDate last = storeToday.addDays(limits::longestSlotListDays - 1);
    const Result<StoreSchedule> year = loadStoreSchedule(repository, store, storeToday, last);
    if (!year)
        return context.fail(year.error());
    const auto [read, spans] = timed(runs, [&]() -> qsizetype {
        const Result<StoreSchedule> s = loadStoreSchedule(repository, store, storeToday, last);
        return s ? s->rules().chairs.size() : -1;
    });
    const auto [compare, compared] = timed(runs, [&]() -> qsizetype {
        qsizetype n = 0;
        for (const DayImpact &day : impactOf(*year, shorter, storeToday, last))
            n += day.appointments.size();
        return n;
    });
    const QList<DayImpact> days = impactOf(*year, shorter, storeToday, last);
    const auto [details, described] = timed(runs, [&]() -> qsizetype {
        const Result<ChangePreview> p = describeDisplaced(repository, store, days);
        return p ? p->details.size() : -1;
    });
    const std::optional<QList<ChairRange>> ranges = rangesTouched(*year, shorter, storeToday, last);
    const auto [touched, touchedCount] = timed(runs, [&]() -> qsizetype {
        const Result<QList<BookedSpan>> booked = repository.bookedOverlapping(ranges.value_or(QList<ChairRange>()));
        return booked ? booked->size() : -1;
    });
    context.out << Text::tr("    of which: %1 appointments in %2 touched ranges read %3 ms; their customers read %4 ms "
                            "(reading the whole year instead: %5 ms, compared in %6 ms)")
                       .arg(touchedCount)
                       .arg(ranges ? ranges->size() : 0)
                       .arg(touched.median, 0, 'f', 1)
                       .arg(details.median, 0, 'f', 1)
                       .arg(read.median, 0, 'f', 1)
                       .arg(compare.median, 0, 'f', 1)
                << Qt::endl;

    // 2. Saturdays cut short for the year: about a thousand displaced, listed
    // with alternatives.
    HoursVersion saturdays = shorter;
    saturdays.setDays(1, 5, {{8 * 60, 12 * 60}, {13 * 60, 20 * 60}});
    saturdays.setDays(6, 6, {{8 * 60, 12 * 60}, {13 * 60, 16 * 60}});
    const Result<RulesSaved> saved = SqlRulesWriter(**database, QStringLiteral("bench")).saveHours(saturdays, 0);
    if (!saved)
        return context.fail(saved.error());
    const qint64 now = Clock::nowUtc().toSecsSinceEpoch();
    const auto [worklist, listed] = timed(runs, [&]() -> qsizetype {
        const Result<QList<WorklistItem>> items = loadWorklist(repository, store, now, true);
        return items ? items->size() : -1;
    });
    context.out << timingRow(Text::tr("worklist with alternatives, one store"), worklist, QStringLiteral("200 ms"),
                             Text::tr("%1 displaced listed").arg(listed))
                << Qt::endl;

    // 3. A 300-store spreadsheet: read, checked and imported (dry run, then real).
    QTemporaryDir folder;
    if (auto ok = writeSpreadsheet(generatedSheet(300, storeToday.addDays(14)), folder.path()); !ok)
        return context.fail(ok.error());
    SqlSpreadsheetImporter importer(**database, QStringLiteral("bench"));
    const auto importOnce = [&](bool dryRun) -> qsizetype {
        const SpreadsheetReadResult sheet = readSpreadsheet(folder.path());
        if (!sheet.problems.isEmpty())
            return -1;
        const Result<ImportSummary> summary = importer.importSheet(sheet.sheet, dryRun, false);
        return summary ? summary->storesAdded + summary->storesUpdated : -1;
    };
    const auto [dryRun, checked] = timed(std::max(3, runs / 4), [&] { return importOnce(true); });
    context.out << timingRow(Text::tr("import dry run, 300-store spreadsheet"), dryRun, QStringLiteral("2 s"),
                             Text::tr("%1 stores").arg(checked))
                << Qt::endl;
    // The first real import adds the stores; the ones after it find nothing to change.
    const auto [first, added] = timed(1, [&] { return importOnce(false); });
    context.out << timingRow(Text::tr("import, 300-store spreadsheet, into the database"), first, QStringLiteral("2 s"),
                             Text::tr("%1 stores added").arg(added))
                << Qt::endl;
    const auto [again, unchanged] = timed(std::max(3, runs / 4), [&] { return importOnce(false); });
    context.out << timingRow(Text::tr("import of the same spreadsheet again (no change)"), again, QStringLiteral("2 s"),
                             Text::tr("%1 stores changed").arg(unchanged))
                << Qt::endl;
    return 0;
}

} // namespace sams::cli
