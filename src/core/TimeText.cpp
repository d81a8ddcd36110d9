#include "core/TimeText.h"

#include <QRegularExpression>

namespace sams {

QString shortTime(const QLocale &locale, QTime time)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    format.remove(seconds);
    return locale.toString(time, format);
}

} // namespace sams
