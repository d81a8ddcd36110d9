#include "widgets/ImpactPreviewDialog.h"

#include "core/TimeText.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sams {

ImpactPreviewDialog::ImpactPreviewDialog(const QString &change, const QList<ChangePreview> &previews, QWidget *parent,
                                         const QString &typedConfirmation)
    : QDialog(parent)
    , m_list(new QTreeWidget)
    , m_problem(new QLabel)
    , m_typedConfirmation(typedConfirmation)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Preview: %1").arg(change));
    for (const ChangePreview &p : previews)
        m_count += p.count();

    auto *summary = new QLabel;
    summary->setObjectName(QStringLiteral("summaryLabel"));
    summary->setWordWrap(true);
    summary->setText(
        m_count == 0
            ? tr("<b>%1</b><br>No appointment is displaced: every booking still fits.").arg(change.toHtmlEscaped())
            : tr("<b>%1</b><br>%n appointment(s) would be displaced. They stay booked and go on the "
                 "rescheduling worklist with alternatives; nothing is moved or cancelled.",
                 nullptr, int(m_count))
                  .arg(change.toHtmlEscaped()));

    m_list->setObjectName(QStringLiteral("displacedList"));
    m_list->setHeaderLabels({tr("Day and time"), tr("Store"), tr("Chair"), tr("Customer"), tr("Phone")});
    m_list->setRootIsDecorated(true);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    const QLocale locale;
    for (const ChangePreview &preview : previews) {
        for (const DayImpact &day : preview.days) {
            auto *dayItem = new QTreeWidgetItem(m_list);
            dayItem->setText(0,
                             tr("%1 (%n)", nullptr, int(day.appointments.size()))
                                 .arg(locale.toString(day.date, QStringLiteral("dddd d MMMM yyyy"))));
            dayItem->setText(1, preview.store.code);
            dayItem->setFirstColumnSpanned(false);
            QFont bold = dayItem->font(0);
            bold.setBold(true);
            dayItem->setFont(0, bold);
            for (const BookedSpan &span : day.appointments) {
                const Appointment a = preview.details.value(span.id);
                const QDateTime start
                    = QDateTime::fromSecsSinceEpoch(span.start, Qt::UTC).toTimeZone(preview.store.timeZone());
                auto *row = new QTreeWidgetItem(dayItem);
                row->setText(0, shortTime(locale, start.time()));
                row->setText(1, preview.store.code);
                row->setText(2, preview.chairNames.value(span.chairId));
                row->setText(3, a.customerName);
                row->setText(4, a.customerPhone);
                row->setData(0, Qt::UserRole, span.id);
            }
        }
    }
    m_list->expandAll();
    for (int column = 0; column < m_list->columnCount(); ++column)
        m_list->resizeColumnToContents(column);
    m_list->setMinimumSize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 14);
    m_list->setVisible(m_count > 0);

    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_problem->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_list, 1);
    if (!m_typedConfirmation.isEmpty()) {
        auto *ask = new QLabel(
            tr("This is the <b>%1</b> database. Type %1 to confirm.").arg(m_typedConfirmation.toHtmlEscaped()));
        m_confirmation = new QLineEdit;
        m_confirmation->setObjectName(QStringLiteral("confirmationEdit"));
        ask->setBuddy(m_confirmation);
        layout->addWidget(ask);
        layout->addWidget(m_confirmation);
        connect(m_confirmation, &QLineEdit::textChanged, this, &ImpactPreviewDialog::updateSave);
    }
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Save)
        ->setText(m_count == 0 ? tr("Save") : tr("Save; put %n on the worklist", nullptr, int(m_count)));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_saving = true;
        m_problem->setText(tr("Saving…"));
        m_problem->show();
        updateSave();
        Q_EMIT saveRequested();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateSave();
}

void ImpactPreviewDialog::updateSave()
{
    m_buttons->button(QDialogButtonBox::Save)
        ->setEnabled(!m_saving && (!m_confirmation || m_confirmation->text().trimmed() == m_typedConfirmation));
}

QPushButton *ImpactPreviewDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

void ImpactPreviewDialog::showRefusal(const QString &message)
{
    m_saving = false;
    m_problem->setText(tr("Not saved: %1").arg(message));
    m_problem->show();
    updateSave();
}

} // namespace sams
