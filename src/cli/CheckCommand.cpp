#include "cli/CheckCommand.h"

#include "core/Clock.h"
#include "core/ImpactAnalysis.h"
#include "core/StoreScheduleLoader.h"
#include "core/TextRules.h"
#include "storage/IntegrityCheck.h"
#include "storage/SqlScheduleRepository.h"

#include <QCoreApplication>

namespace sams::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::cli::CheckCommand)
};
} // namespace

int runCheck(const CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (auto ok = parseArguments(parser, arguments); !ok)
        return context.fail(ok.error());
    auto database = context.openExisting();
    if (!database)
        return context.fail(database.error());
    const Result<QStringList> problems = checkIntegrity(**database);
    if (!problems)
        return context.fail(problems.error());
    for (const QString &problem : *problems)
        context.err << "samsctl: " << safeText(problem, -1) << '\n'; // values from the database, shown safely
    context.err.flush();
    // The schedule of a damaged database cannot be trusted, nor perhaps read.
    if (!problems->isEmpty()) {
        context.out << Text::tr("%1 problem(s).").arg(problems->size()) << Qt::endl;
        return static_cast<int>(Error::Kind::Failed);
    }

    // Displaced appointments are not errors: every view flags them. Count the
    // coming year's so the engineer sees the worklist's size.
    SqlScheduleRepository repository(**database);
    const Result<QList<Store>> stores = repository.stores();
    if (!stores)
        return context.fail(stores.error());
    qsizetype displaced = 0;
    for (const Store &store : *stores) {
        const QDate today = Clock::todayIn(store.timeZone());
        const Result<StoreSchedule> schedule = loadStoreSchedule(repository, store, today, today.addDays(365));
        if (!schedule)
            return context.fail(schedule.error());
        for (const DayImpact &day : displacedIn(*schedule, today, today.addDays(365)))
            displaced += day.appointments.size();
    }
    context.out << Text::tr("%1 problem(s); %2 displaced appointment(s) in the coming year, flagged for rescheduling.")
                       .arg(0)
                       .arg(displaced)
                << Qt::endl;
    return 0;
}

} // namespace sams::cli
