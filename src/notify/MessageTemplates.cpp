#include "notify/MessageTemplates.h"

#include "core/AppointmentMessages.h"
#include "core/Outbox.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QRegularExpression>
#include <QTranslator>

#include <memory>

namespace sams {

namespace {
// The source texts, marked for lupdate and translated per language on demand.
struct Source {
    const char *kind;
    const char *subject;
    const char *text;
};
constexpr const char *context = "sams::MessageTemplates";
const Source sources[] = {
    {"appointment_booked",
     QT_TRANSLATE_NOOP("sams::MessageTemplates", "Your appointment at {store} on {date} at {time}"),
     QT_TRANSLATE_NOOP("sams::MessageTemplates",
                       "Hello {customer},\n\nyour appointment for {service} at {store} is booked for {date} at "
                       "{time} ({chair}).\n\n{address}\n{instructions}\n\nTo change or cancel it, call us at "
                       "{phone}.")},
    {"appointment_moved",
     QT_TRANSLATE_NOOP("sams::MessageTemplates", "Your appointment at {store} has moved to {date} at {time}"),
     QT_TRANSLATE_NOOP("sams::MessageTemplates",
                       "Hello {customer},\n\nyour appointment for {service} at {store} is now on {date} at {time} "
                       "({chair}).\n\n{address}\n{instructions}\n\nTo change or cancel it, call us at {phone}.")},
    {"appointment_cancelled",
     QT_TRANSLATE_NOOP("sams::MessageTemplates", "Your appointment at {store} on {date} at {time} is cancelled"),
     QT_TRANSLATE_NOOP("sams::MessageTemplates",
                       "Hello {customer},\n\nyour appointment for {service} at {store} on {date} at {time} is "
                       "cancelled.\n\nTo book again, call us at {phone}.")},
    {"appointment_reminder",
     QT_TRANSLATE_NOOP("sams::MessageTemplates", "Reminder: your appointment at {store} on {date} at {time}"),
     QT_TRANSLATE_NOOP("sams::MessageTemplates",
                       "Hello {customer},\n\nthis is a reminder of your appointment for {service} at {store} on "
                       "{date} at {time} ({chair}).\n\n{address}\n{instructions}\n\nIf you cannot come, call us at "
                       "{phone}.")},
};

const QStringList placeholders{QStringLiteral("customer"), QStringLiteral("store"), QStringLiteral("chair"),
                               QStringLiteral("service"),  QStringLiteral("date"),  QStringLiteral("time"),
                               QStringLiteral("address"),  QStringLiteral("phone"), QStringLiteral("instructions"),
                               QStringLiteral("order")};

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([a-z_]+)\\}"));
    return pattern;
}

// One translator per language, loaded from the translations compiled into the
// program (:/i18n); none when there is none for that language.
const QTranslator *translatorFor(const QString &language)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<QTranslator>> loaded;
    const QMutexLocker lock(&mutex);
    auto found = loaded.constFind(language);
    if (found == loaded.constEnd()) {
        auto translator = std::make_shared<QTranslator>();
        if (!translator->load(QLocale(language), QStringLiteral("sams"), QStringLiteral("_"), QStringLiteral(":/i18n")))
            translator.reset();
        found = loaded.insert(language, translator);
    }
    return found->get();
}

QString translated(const QString &language, const char *source)
{
    const QTranslator *translator = language == QLatin1String("en") ? nullptr : translatorFor(language);
    if (translator) {
        QString text = translator->translate(context, source);
        if (!text.isEmpty())
            return text;
    }
    return QString::fromUtf8(source);
}
} // namespace

QStringList templateKinds()
{
    QStringList kinds;
    for (const Source &s : sources)
        kinds.append(QString::fromLatin1(s.kind));
    return kinds;
}

QStringList templatePlaceholders()
{
    return placeholders;
}

QString templateKindLabel(const QString &kind)
{
    return outboxKindLabel(kind);
}

MessageTemplate builtInTemplate(const QString &kind, const QString &language)
{
    for (const Source &s : sources) {
        if (kind == QLatin1String(s.kind))
            return {kind, language, translated(language, s.subject), translated(language, s.text), QString()};
    }
    return {kind, language, kind, QStringLiteral("{customer}"), QString()};
}

QString renderTemplate(const QString &text, const QMap<QString, QString> &values, bool html)
{
    QString out;
    qsizetype at = 0;
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(at, m.capturedStart() - at);
        const auto value = values.constFind(m.captured(1));
        if (value == values.constEnd())
            out += m.captured(0);
        else
            out += html ? value->toHtmlEscaped() : *value;
        at = m.capturedEnd();
    }
    out += text.mid(at);
    return out;
}

QStringList unknownPlaceholders(const QString &text)
{
    QStringList unknown;
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!placeholders.contains(name) && !unknown.contains(name))
            unknown.append(name);
    }
    return unknown;
}

QString htmlFromText(const QString &renderedText)
{
    QStringList paragraphs;
    const QStringList blocks = renderedText.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString &block : blocks)
        paragraphs.append(QStringLiteral("<p>%1</p>")
                              .arg(block.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
    return QStringLiteral("<!DOCTYPE html><html><body>%1</body></html>").arg(paragraphs.join(QString()));
}

} // namespace sams
