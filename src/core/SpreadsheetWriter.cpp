#include "core/SpreadsheetWriter.h"

#include "core/CsvTable.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <map>

namespace sams {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::SpreadsheetWriter)
};

const QStringList dayNames{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
                           QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun")};

QString date(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString localTime(const QDateTime &instant, const QTimeZone &zone)
{
    return instant.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
}

// Written whole or not at all: a half-written export is worse than none.
Status writeFile(const QString &folder, const QString &name, const QStringList &header, const QList<QStringList> &rows)
{
    QSaveFile file(QDir(folder).filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return std::unexpected(Error::failed(Text::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString())));
    file.write(CsvTable::format(header, rows).toUtf8());
    if (!file.commit())
        return std::unexpected(Error::failed(Text::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString())));
    return {};
}

QTimeZone zoneOf(const Spreadsheet &sheet, const QString &code)
{
    for (const Store &s : sheet.stores) {
        if (s.code == code)
            return s.timeZone();
    }
    return {};
}
} // namespace

QString formatDays(const QList<int> &days)
{
    if (days.size() == 7)
        return QStringLiteral("daily");
    QStringList parts;
    for (qsizetype i = 0; i < days.size();) {
        qsizetype j = i;
        while (j + 1 < days.size() && days.at(j + 1) == days.at(j) + 1)
            ++j;
        parts.append(j - i >= 2 ? dayNames.at(days.at(i) - 1) + QLatin1Char('-') + dayNames.at(days.at(j) - 1)
                                : dayNames.at(days.at(i) - 1));
        if (j - i == 1)
            parts.append(dayNames.at(days.at(j) - 1));
        i = j + 1;
    }
    return parts.join(QLatin1Char(','));
}

Status writeSpreadsheet(const Spreadsheet &sheet, const QString &folder)
{
    if (!QDir().mkpath(folder))
        return std::unexpected(Error::failed(Text::tr("Cannot create the folder %1.").arg(folder)));

    QList<QStringList> stores;
    for (const Store &s : sheet.stores)
        stores.append({s.code, s.name, s.address, QString::fromUtf8(s.timeZoneId), s.phone, s.instructions,
                       QString::number(s.slotMinutes), QString::number(s.capacity), QString::number(s.horizonDays),
                       QString::number(s.minNoticeMinutes), date(s.visibleFrom), date(s.opensOn), date(s.closesOn)});
    QList<QStringList> chairs;
    for (const auto &c : sheet.chairs)
        chairs.append({c.storeCode, c.chair.name, date(c.chair.startsOn), date(c.chair.endsOn)});
    QList<QStringList> hours;
    for (const auto &h : sheet.hours) {
        const QString from = date(h.version.effectiveFrom);
        if (h.version.followsStore) {
            hours.append({h.storeCode, h.chairName, from, QStringLiteral("store"), QString(), QString()});
            continue;
        }
        // Days sharing an interval make one row, in the order the intervals open.
        std::map<std::pair<int, int>, QList<int>> daysOf;
        for (int day = 1; day <= 7; ++day) {
            for (const TimeInterval &i : h.version.week.at(day - 1))
                daysOf[{i.openMinute, i.closeMinute}].append(day);
        }
        for (const auto &[interval, days] : daysOf)
            hours.append({h.storeCode, h.chairName, from, formatDays(days), formatMinuteOfDay(interval.first),
                          formatMinuteOfDay(interval.second)});
    }
    QList<QStringList> exceptions;
    for (const auto &e : sheet.exceptions) {
        if (e.exception.intervals.isEmpty())
            exceptions.append(
                {e.storeCode, e.chairName, date(e.exception.date), QString(), QString(), e.exception.reason});
        for (const TimeInterval &i : e.exception.intervals)
            exceptions.append({e.storeCode, e.chairName, date(e.exception.date), formatMinuteOfDay(i.openMinute),
                               formatMinuteOfDay(i.closeMinute), e.exception.reason});
    }
    QList<QStringList> zips;
    for (const auto &z : sheet.zipCodes)
        zips.append({z.storeCode, z.zip.code, date(z.zip.activeFrom)});
    QList<QStringList> locks;
    for (const auto &l : sheet.locks) {
        const QTimeZone zone = zoneOf(sheet, l.storeCode);
        locks.append({l.storeCode, l.chairName, localTime(l.lock.startsAt, zone), localTime(l.lock.endsAt, zone),
                      l.lock.reason});
    }

    const QList<std::tuple<QString, QStringList, QList<QStringList>>> files{
        {QStringLiteral("stores.csv"),
         {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("address"), QStringLiteral("timezone"),
          QStringLiteral("phone"), QStringLiteral("instructions"), QStringLiteral("slot_minutes"),
          QStringLiteral("capacity"), QStringLiteral("horizon_days"), QStringLiteral("min_notice_minutes"),
          QStringLiteral("visible_from"), QStringLiteral("opens_on"), QStringLiteral("closes_on")},
         stores},
        {QStringLiteral("chairs.csv"),
         {QStringLiteral("store"), QStringLiteral("chair"), QStringLiteral("starts_on"), QStringLiteral("ends_on")},
         chairs},
        {QStringLiteral("hours.csv"),
         {QStringLiteral("store"), QStringLiteral("chair"), QStringLiteral("effective_from"), QStringLiteral("days"),
          QStringLiteral("open"), QStringLiteral("close")},
         hours},
        {QStringLiteral("exceptions.csv"),
         {QStringLiteral("store"), QStringLiteral("chair"), QStringLiteral("date"), QStringLiteral("open"),
          QStringLiteral("close"), QStringLiteral("reason")},
         exceptions},
        {QStringLiteral("zipcodes.csv"),
         {QStringLiteral("store"), QStringLiteral("zipcode"), QStringLiteral("active_from")},
         zips},
        {QStringLiteral("locks.csv"),
         {QStringLiteral("store"), QStringLiteral("chair"), QStringLiteral("from"), QStringLiteral("to"),
          QStringLiteral("reason")},
         locks},
    };
    for (const auto &[name, header, rows] : files) {
        if (auto ok = writeFile(folder, name, header, rows); !ok)
            return ok;
    }
    return {};
}

} // namespace sams
