#include "DesktopOptions.h"

#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/SqlChangeFeed.h"
#include "storage/SqlScheduleRepository.h"
#include "widgets/MainWindow.h"

#include <QApplication>
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

    sams::MainWindow window(repository, (*database)->url().displayName(), (*database)->environment());
    if (auto ok = window.reload(); !ok)
        return fail(ok.error().message, interactive);
    if (!options.storeCode.isEmpty() && !window.selectStore(options.storeCode))
        return fail(
            QCoreApplication::translate("main", "There is no store with the code \"%1\".").arg(options.storeCode),
            interactive);
    if (options.date.isValid())
        window.showWeekOf(options.date);
    // Live updates from other desktops, samsctl and the web shop (not needed for a screenshot).
    std::unique_ptr<sams::SqlChangeFeed> feed;
    if (interactive) {
        if (auto opened = sams::SqlChangeFeed::open((*database)->url()); opened) {
            feed = std::move(*opened);
            window.setChangeFeed(feed.get());
        }
    }

    if (!interactive) {
        window.resize(1600, 1000);
        window.show();
        QCoreApplication::processEvents();
        if (!window.grab().save(options.screenshotFile))
            return fail(QCoreApplication::translate("main", "Cannot write %1.").arg(options.screenshotFile), false);
        return 0;
    }
    window.resize(1500, 950);
    window.show();
    return QApplication::exec();
}
