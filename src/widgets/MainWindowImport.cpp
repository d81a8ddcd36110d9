// The spreadsheet import of the main window (docs/manager-guide.md, Import):
// fetched with Qt Network when it is a web folder, read and dry-run on the
// database thread, imported there on confirmation.

#include "core/Spreadsheet.h"
#include "editing/ScheduleWorker.h"
#include "widgets/ImportDialog.h"
#include "widgets/MainWindow.h"
#include "widgets/SheetDownloader.h"

#include <QTemporaryDir>

namespace sams {

namespace {
struct Checked {
    QStringList problems; // file:line: column: message
    Spreadsheet sheet;
    ImportSummary summary;
};
} // namespace

void MainWindow::openImport()
{
    if (!m_worker)
        return;
    ImportDialog dialog(m_environment, this);
    auto downloads = std::make_shared<std::unique_ptr<QTemporaryDir>>();
    auto checkedSheet = std::make_shared<std::optional<Spreadsheet>>();
    auto *downloader = new SheetDownloader(&dialog);

    // Reads the folder and runs the import without keeping it.
    const auto dryRun = [this, &dialog, checkedSheet](const QString &folder) {
        dialog.showChecking(tr("Checking every cell and what the import would change…"));
        const bool prune = dialog.prune();
        m_worker->run(
            &dialog,
            [folder, prune](ScheduleSession &session) -> Result<Checked> {
                SpreadsheetReadResult read = readSpreadsheet(folder);
                Checked checked;
                for (const ImportProblem &problem : read.problems)
                    checked.problems.append(problem.toString());
                if (!checked.problems.isEmpty())
                    return checked;
                Result<ImportSummary> summary = session.importer().importSheet(read.sheet, true, prune);
                if (!summary)
                    return std::unexpected(summary.error());
                checked.sheet = std::move(read.sheet);
                checked.summary = std::move(*summary);
                return checked;
            },
            [&dialog, checkedSheet](const Result<Checked> &checked) {
                checkedSheet->reset();
                if (!checked)
                    dialog.showFailure(checked.error().message);
                else if (!checked->problems.isEmpty())
                    dialog.showProblems(checked->problems);
                else {
                    *checkedSheet = checked->sheet;
                    dialog.showDryRun(checked->summary);
                }
            });
    };
    connect(downloader, &SheetDownloader::finished, &dialog, [&dialog, downloads, dryRun](const QString &problem) {
        if (!problem.isEmpty())
            dialog.showFailure(problem);
        else
            dryRun((*downloads)->path());
    });
    connect(&dialog, &ImportDialog::checkRequested, this, [&dialog, downloads, downloader, dryRun] {
        if (!dialog.webAddress().isEmpty()) {
            *downloads = std::make_unique<QTemporaryDir>();
            dialog.showChecking(tr("Fetching the spreadsheet from %1…").arg(dialog.webAddress()));
            downloader->fetch(QUrl::fromUserInput(dialog.webAddress()), (*downloads)->path());
        } else {
            dryRun(dialog.folder());
        }
    });
    connect(&dialog, &ImportDialog::importRequested, this, [this, &dialog, checkedSheet] {
        if (!*checkedSheet)
            return;
        const Spreadsheet sheet = **checkedSheet;
        const bool prune = dialog.prune();
        dialog.showChecking(tr("Importing…"));
        m_worker->run(
            &dialog,
            [sheet, prune](ScheduleSession &session) { return session.importer().importSheet(sheet, false, prune); },
            [this, &dialog](const Result<ImportSummary> &summary) {
                if (!summary) {
                    dialog.showFailure(summary.error().message);
                    return;
                }
                dialog.showImported(*summary);
                rulesChanged({});
            });
    });
    dialog.exec();
}

} // namespace sams
