#include "widgets/ReasonDialog.h"

#include "core/TextRules.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sams {

ReasonDialog::ReasonDialog(const QString &title, const QString &prompt, const QString &okText, QWidget *parent)
    : QDialog(parent)
    , m_reason(new QLineEdit)
    , m_problem(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(title);
    auto *label = new QLabel(prompt);
    label->setWordWrap(true);
    label->setBuddy(m_reason);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setForegroundRole(QPalette::PlaceholderText);
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(okText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_reason);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &ReasonDialog::validate);
    m_reason->setFocus();
    validate();
}

QString ReasonDialog::reason() const
{
    return m_reason->text().trimmed();
}

void ReasonDialog::validate()
{
    QString problem;
    if (!hasVisibleCharacter(m_reason->text()))
        problem = tr("Enter the reason: it is kept in the history.");
    else if (const std::optional<QString> control = controlCharacterProblem(m_reason->text(), TextKind::FreeText))
        problem = tr("The reason %1.").arg(*control);
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

std::optional<QString> ReasonDialog::ask(QWidget *parent, const QString &title, const QString &prompt,
                                         const QString &okText)
{
    ReasonDialog dialog(title, prompt, okText, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.reason();
}

} // namespace sams
