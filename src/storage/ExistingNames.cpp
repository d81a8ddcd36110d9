#include "storage/ExistingNames.h"

#include "core/NameMatch.h"
#include "core/TextRules.h"
#include "storage/SqlCheck.h"

#include <QCoreApplication>

namespace sams {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::ExistingNames)
};

struct Named {
    QList<qint64> ids;
    QStringList names;
};

// Every (id, name) the statement selects, compared in C++ with Unicode case
// folding: the same comparison as the spreadsheet check, in both dialects
// (SQLite's lower() folds only A-Z).
Result<Named> selectNamed(QSqlDatabase &db, const QString &statement, const QVariantMap &values)
{
    sql::Statement query = sql::prepare(db, statement);
    if (!query)
        return std::unexpected(query.error());
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        query->bindValue(QLatin1Char(':') + it.key(), it.value());
    if (auto ok = sql::exec(*query, Text::tr("Reading existing names")); !ok)
        return std::unexpected(ok.error());
    Named named;
    while (query->next()) {
        named.ids.append(query->value(0).toLongLong());
        named.names.append(query->value(1).toString());
    }
    return named;
}
} // namespace

Result<ExistingStores> ExistingStores::read(QSqlDatabase &db)
{
    const Result<Named> stores = selectNamed(db, QStringLiteral("SELECT id, code FROM stores"), {});
    if (!stores)
        return std::unexpected(stores.error());
    ExistingStores existing;
    existing.m_ids = stores->ids;
    existing.m_codes = stores->names;
    return existing;
}

Result<std::optional<qint64>> ExistingStores::idOf(const QString &code) const
{
    const NameMatch match = matchName(m_codes, code);
    if (match.kind == NameMatch::Kind::Exact)
        return m_ids.at(match.index);
    if (match.kind == NameMatch::Kind::None)
        return std::nullopt;
    return std::unexpected(
        Error::rule(Text::tr("The sheet's store code \"%1\" differs only in case from %2 in the database; store "
                             "codes are unique regardless of case, so write it as the database does.")
                        .arg(safeText(code), safeText(match.candidates.join(QStringLiteral(", "))))));
}

Result<std::optional<qint64>> existingChair(QSqlDatabase &db, qint64 storeId, const QString &storeCode,
                                            const QString &name)
{
    const Result<Named> chairs = selectNamed(db, QStringLiteral("SELECT id, name FROM chairs WHERE store_id = :store"),
                                             {{QStringLiteral("store"), storeId}});
    if (!chairs)
        return std::unexpected(chairs.error());
    const NameMatch match = matchName(chairs->names, name);
    if (match.kind == NameMatch::Kind::Exact)
        return chairs->ids.at(match.index);
    if (match.kind == NameMatch::Kind::None)
        return std::nullopt;
    return std::unexpected(
        Error::rule(Text::tr("The sheet's chair \"%1\" of %2 differs only in case from %3 in the database; a "
                             "store's chair names are unique regardless of case, so write it as the database does.")
                        .arg(safeText(name), storeCode, safeText(match.candidates.join(QStringLiteral(", "))))));
}

} // namespace sams
