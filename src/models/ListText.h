#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace sams {

// A moment in the lists read at a glance (the outbox, calendar sync): day and
// minute in the computer's zone; seconds and the year only crowd them. Empty for 0.
inline QString listTimeText(qint64 utcSeconds)
{
    if (utcSeconds == 0)
        return {};
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(utcSeconds).toLocalTime(),
                              QStringLiteral("ddd d MMM HH:mm"));
}

} // namespace sams
