#pragma once

#include "core/Error.h"

#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace sams {

// The row of the database an imported store code or chair name stands for.
// Codes, and a store's chair names, are unique regardless of case
// (docs/input.md): the same spelling is that row; a spelling that differs only
// in case is refused (exit 4) naming both, rather than added as a twin or
// silently renaming the row; no match is a new row.
class ExistingStores
{
public:
    // The codes as they are inside the caller's transaction. A snapshot is
    // enough for an import: the checked sheet holds no two codes that differ
    // only in case, so a store it adds never matches another of its rows.
    static Result<ExistingStores> read(QSqlDatabase &db);
    Result<std::optional<qint64>> idOf(const QString &code) const;

private:
    QList<qint64> m_ids;
    QStringList m_codes;
};
Result<std::optional<qint64>> existingChair(QSqlDatabase &db, qint64 storeId, const QString &storeCode,
                                            const QString &name);

} // namespace sams
