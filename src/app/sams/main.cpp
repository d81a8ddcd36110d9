#include "DesktopOptions.h"

#include "editing/ScheduleEditor.h"
#include "editing/ScheduleWorker.h"
#include "notify/SmtpMailer.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/SqlChangeFeed.h"
#include "storage/SqlScheduleRepository.h"
#include "storage/SqlScheduleSession.h"
#include "storage/SqlScheduleWriter.h"
#include "widgets/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QTranslator>

namespace {
void installTranslations(QApplication &app)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("sams"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

int fail(const QString &message, bool interactive)
{
    if (interactive)
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "SAMS"), message);
    else
        qCritical("sams: %s", qUtf8Printable(message));
    return 1;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    sams::initCurl(); // before any thread may send (docs/notifications.md)
    QApplication::setOrganizationName(QStringLiteral("SAMS"));
    QApplication::setApplicationName(QStringLiteral("sams"));
    QApplication::setApplicationDisplayName(QStringLiteral("SAMS"));
    QApplication::setApplicationVersion(QStringLiteral(SAMS_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sams.svg")));
    installTranslations(app);

    // A restore killed earlier may have left a copy of customer data behind.
    sams::removeStaleRestoreCopies();
    const sams::DesktopOptions options = sams::DesktopOptions::parse(app);
    const bool interactive = options.screenshotFile.isEmpty();
    if (!options.error.isEmpty())
        return fail(options.error, interactive);

    const auto url = sams::DatabaseUrl::resolve(options.database);
    if (!url)
        return fail(url.error().message, interactive);
    // Only the embedded default is created on first start; any other path must
    // already be a SAMS database (a truncated or mistyped file is refused, never
    // silently made anew).
    const bool embedded
        = url->kind == sams::DatabaseUrl::Kind::Sqlite && url->path == sams::DatabaseUrl::embeddedDefault().path;
    auto database = sams::Database::open(
        *url, embedded ? sams::Database::Creation::CreateIfMissing : sams::Database::Creation::MustExist);
    if (!database)
        return fail(database.error().message, interactive);
    sams::SqlScheduleRepository repository(**database);

    // Reads and writes run on a thread of their own with their own connection
    // (docs/editing.md, Threads); the GUI thread's connection reads the store list.
    const sams::DatabaseUrl workerUrl = (*database)->url();
    sams::ScheduleWorker worker([workerUrl] { return sams::SqlScheduleSession::open(workerUrl); });
    sams::ScheduleEditor editor(worker);
    const sams::Rights rights = sams::SqlScheduleWriter(**database, (*database)->actor()).rights();

    sams::MainWindow window(repository, (*database)->url().displayName(), (*database)->environment());
    window.setEditing(&worker, &editor, rights);
    // The outbox is delivered from a thread and connection of its own, so a slow
    // mail server never holds up the schedule's reads and writes (docs/notifications.md).
    std::unique_ptr<sams::ScheduleWorker> delivery;
    if (interactive) {
        delivery
            = std::make_unique<sams::ScheduleWorker>([workerUrl] { return sams::SqlScheduleSession::open(workerUrl); });
        window.setDelivery(delivery.get());
    }
    if (auto ok = window.reload(); !ok)
        return fail(ok.error().message, interactive);
    if (!options.storeCode.isEmpty() && !window.selectStore(options.storeCode))
        return fail(
            QCoreApplication::translate("main", "There is no store with the code \"%1\".").arg(options.storeCode),
            interactive);
    if (options.date.isValid())
        window.showWeekOf(options.date);
    if (options.view == QLatin1String("day"))
        window.setView(sams::ScheduleView::Day);
    else if (options.view == QLatin1String("month"))
        window.setView(sams::ScheduleView::Month);
    // Live updates from other desktops, samsctl and the web shop (not needed for a screenshot).
    std::unique_ptr<sams::SqlChangeFeed> feed;
    if (interactive) {
        if (auto opened = sams::SqlChangeFeed::open((*database)->url()); opened) {
            feed = std::move(*opened);
            window.setChangeFeed(feed.get());
        }
    }

    if (!interactive) {
        window.resize(options.size.isValid() ? options.size : QSize(1600, 1000));
        window.show();
        // The worker answers asynchronously: wait for the shown days (bounded).
        QElapsedTimer waited;
        waited.start();
        while ((window.isLoading() || worker.pending() > 0) && waited.elapsed() < 30000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QCoreApplication::processEvents();
        if (!window.grab().save(options.screenshotFile))
            return fail(QCoreApplication::translate("main", "Cannot write %1.").arg(options.screenshotFile), false);
        return 0;
    }
    window.resize(options.size.isValid() ? options.size : QSize(1500, 950));
    window.show();
    const int code = QApplication::exec();
    window.stopDelivery(); // before the delivery thread is waited for
    return code;
}
