#include "widgets/TemplatesDialog.h"

#include "notify/MessageTemplates.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QTime>
#include <QVBoxLayout>

namespace sams {

namespace {
// What the preview fills the placeholders with.
QMap<QString, QString> sampleValues(const QString &language)
{
    const QLocale locale(language);
    return {{QStringLiteral("customer"), QStringLiteral("Ana Ruiz")},
            {QStringLiteral("store"), QStringLiteral("Midtown")},
            {QStringLiteral("chair"), QStringLiteral("Chair 2")},
            {QStringLiteral("service"), QStringLiteral("Color")},
            {QStringLiteral("date"), locale.toString(QDate(2027, 3, 15), QLocale::LongFormat)},
            {QStringLiteral("time"), locale.toString(QTime(10, 30), QLocale::ShortFormat)},
            {QStringLiteral("address"), QStringLiteral("350 5th Ave, New York, NY")},
            {QStringLiteral("phone"), QStringLiteral("(212) 555-0142")},
            {QStringLiteral("instructions"), QStringLiteral("Please arrive five minutes early.")},
            {QStringLiteral("order"), QStringLiteral("1024")}};
}
} // namespace

TemplatesDialog::TemplatesDialog(QWidget *parent)
    : QDialog(parent)
    , m_kind(new QComboBox)
    , m_language(new QComboBox)
    , m_subject(new QLineEdit)
    , m_text(new QPlainTextEdit)
    , m_html(new QPlainTextEdit)
    , m_preview(new QTextBrowser)
    , m_warning(new QLabel)
    , m_origin(new QLabel)
    , m_save(new QPushButton(tr("&Save")))
    , m_builtIn(new QPushButton(tr("Use the &built-in text")))
{
    setObjectName(QStringLiteral("templatesDialog"));
    setWindowTitle(tr("Message templates"));
    m_kind->setObjectName(QStringLiteral("templateKind"));
    for (const QString &kind : templateKinds())
        m_kind->addItem(templateKindLabel(kind), kind);
    m_language->setObjectName(QStringLiteral("templateLanguage"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("Spanish"), QStringLiteral("es"));
    m_subject->setObjectName(QStringLiteral("templateSubject"));
    m_text->setObjectName(QStringLiteral("templateText"));
    m_html->setObjectName(QStringLiteral("templateHtml"));
    m_html->setPlaceholderText(tr("Empty: made from the text"));
    m_html->setMaximumHeight(fontMetrics().height() * 6);
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_warning->setObjectName(QStringLiteral("templateWarning"));
    m_warning->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_warning->setWordWrap(true);
    m_origin->setStyleSheet(QStringLiteral("color: palette(mid)"));
    m_save->setObjectName(QStringLiteral("templateSave"));

    connect(m_kind, &QComboBox::currentIndexChanged, this, &TemplatesDialog::showCurrent);
    connect(m_language, &QComboBox::currentIndexChanged, this, &TemplatesDialog::showCurrent);
    connect(m_subject, &QLineEdit::textChanged, this, &TemplatesDialog::updatePreview);
    connect(m_text, &QPlainTextEdit::textChanged, this, &TemplatesDialog::updatePreview);
    connect(m_html, &QPlainTextEdit::textChanged, this, &TemplatesDialog::updatePreview);
    connect(m_save, &QPushButton::clicked, this, [this] { Q_EMIT saveRequested(edited()); });
    connect(m_builtIn, &QPushButton::clicked, this,
            [this] { Q_EMIT removeRequested(m_kind->currentData().toString(), m_language->currentData().toString()); });

    auto *which = new QHBoxLayout;
    which->addWidget(m_kind, 1);
    which->addWidget(m_language);
    auto *form = new QFormLayout;
    form->addRow(tr("Message:"), which);
    form->addRow(QString(), m_origin);
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("&Text:"), m_text);
    form->addRow(tr("&HTML:"), m_html);
    auto *placeholders = new QLabel(
        tr("Placeholders: %1")
            .arg(QStringLiteral("{") + templatePlaceholders().join(QStringLiteral("}, {")) + QStringLiteral("}")));
    placeholders->setWordWrap(true);
    form->addRow(QString(), placeholders);
    form->addRow(QString(), m_warning);
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Preview")));
    right->addWidget(m_preview, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(form, 3);
    columns->addLayout(right, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_builtIn, QDialogButtonBox::ResetRole);
    disconnect(buttons, nullptr, this, nullptr);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 140, fontMetrics().height() * 30);
    showCurrent();
}

void TemplatesDialog::setTemplates(const QList<MessageTemplate> &templates)
{
    m_own = templates;
    showCurrent();
}

void TemplatesDialog::showProblem(const QString &text)
{
    m_warning->setText(text);
}

void TemplatesDialog::showCurrent()
{
    const QString kind = m_kind->currentData().toString();
    const QString language = m_language->currentData().toString();
    MessageTemplate shown = builtInTemplate(kind, language);
    bool own = false;
    for (const MessageTemplate &t : std::as_const(m_own)) {
        if (t.kind == kind && t.language == language) {
            shown = t;
            own = true;
        }
    }
    m_origin->setText(own ? tr("Your wording") : tr("The built-in wording"));
    m_builtIn->setEnabled(own);
    const QSignalBlocker a(m_subject), b(m_text), c(m_html);
    m_subject->setText(shown.subject);
    m_text->setPlainText(shown.textBody);
    m_html->setPlainText(shown.htmlBody);
    updatePreview();
}

MessageTemplate TemplatesDialog::edited() const
{
    return {m_kind->currentData().toString(), m_language->currentData().toString(), m_subject->text(),
            m_text->toPlainText(), m_html->toPlainText()};
}

void TemplatesDialog::updatePreview()
{
    const MessageTemplate t = edited();
    QStringList unknown = unknownPlaceholders(t.subject);
    for (const QString &name : unknownPlaceholders(t.textBody + t.htmlBody)) {
        if (!unknown.contains(name))
            unknown.append(name);
    }
    m_warning->setText(unknown.isEmpty() ? QString()
                                         : tr("No such placeholder: {%1}").arg(unknown.join(QStringLiteral("}, {"))));
    const bool complete = !t.subject.trimmed().isEmpty() && !t.textBody.trimmed().isEmpty();
    m_save->setEnabled(unknown.isEmpty() && complete);
    const QMap<QString, QString> values = sampleValues(t.language);
    const QString body = t.htmlBody.isEmpty() ? htmlFromText(renderTemplate(t.textBody, values))
                                              : renderTemplate(t.htmlBody, values, true);
    m_preview->setHtml(
        QStringLiteral("<p><b>%1</b></p><hr>%2").arg(renderTemplate(t.subject, values).toHtmlEscaped(), body));
}

} // namespace sams
