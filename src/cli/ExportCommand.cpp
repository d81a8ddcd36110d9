#include "cli/ExportCommand.h"

#include "core/SpreadsheetExport.h"
#include "core/SpreadsheetWriter.h"
#include "storage/SqlScheduleRepository.h"

#include <QCoreApplication>

namespace sams::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::cli::ExportCommand)
};
} // namespace

int runExport(const CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("folder"), Text::tr("Where to write the CSV files."));
    if (auto ok = parseArguments(parser, arguments, 1); !ok)
        return context.fail(ok.error());
    auto database = context.openExisting();
    if (!database)
        return context.fail(database.error());
    SqlScheduleRepository repository(**database);
    const Result<Spreadsheet> sheet = exportSpreadsheet(repository);
    if (!sheet)
        return context.fail(sheet.error());
    if (auto ok = writeSpreadsheet(*sheet, parser.positionalArguments().first()); !ok)
        return context.fail(ok.error());
    context.out
        << Text::tr("Exported %1 stores to %2.").arg(sheet->stores.size()).arg(parser.positionalArguments().first())
        << Qt::endl;
    return 0;
}

} // namespace sams::cli
