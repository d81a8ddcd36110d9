#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QTimeZone>

namespace sams {

using StoreId = qint64;

struct Store {
    StoreId id = 0;
    QString code;
    QString name;
    QString address;
    QByteArray timeZoneId; // IANA, e.g. "America/Chicago"
    QString phone;
    QString instructions;
    int slotMinutes = 30;
    int capacity = 1; // appointments one chair takes at once
    int horizonDays = 18;
    int minNoticeMinutes = 0;
    QDate visibleFrom; // staff see it
    QDate opensOn; // first day with slots
    QDate closesOn; // last day with slots; null: open-ended
    int version = 1;

    QTimeZone timeZone() const { return QTimeZone(timeZoneId); }
    bool isOpenOn(QDate date) const;
};

} // namespace sams
