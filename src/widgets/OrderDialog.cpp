#include "widgets/OrderDialog.h"

#include "core/Clock.h"
#include "core/WorkOrderRules.h"
#include "widgets/DateEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeEdit>
#include <QUuid>
#include <QVBoxLayout>

namespace sams {

OrderDialog::OrderDialog(const Store &store, const WorkOrder &draft, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_order(draft)
{
    setWindowTitle(tr("New work order at %1").arg(store.code));
    build({});
}

OrderDialog::OrderDialog(const Store &store, const WorkOrder &order, const QString &trail, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_order(order)
    , m_reschedule(true)
{
    setWindowTitle(tr("Reschedule order %1").arg(order.id));
    build(trail);
}

void OrderDialog::build(const QString &trail)
{
    m_requestKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    setObjectName(QStringLiteral("orderDialog"));
    auto *form = new QFormLayout;
    if (m_reschedule) {
        auto *summary
            = new QLabel(tr("<b>%1</b> · %2<br>Now due %3 %4<br>Trail: %5")
                             .arg(m_order.customerName.toHtmlEscaped(), m_order.title.toHtmlEscaped(),
                                  m_order.dueDate.isValid() ? QLocale().toString(m_order.dueDate, QLocale::LongFormat)
                                                            : tr("walk-in"),
                                  m_order.dueDate.isValid() ? dueText(dueOf(m_order)) : QString(),
                                  trail.isEmpty() ? tr("never rescheduled") : trail.toHtmlEscaped()));
        summary->setWordWrap(true);
        form->addRow(summary);
    } else {
        m_customer = new QLineEdit(m_order.customerName);
        m_customer->setPlaceholderText(tr("Blank for an in-house job"));
        m_phone = new QLineEdit(m_order.customerPhone);
        m_email = new QLineEdit(m_order.customerEmail);
        m_items = new QLineEdit(m_order.title);
        m_items->setPlaceholderText(tr("What to prepare: items or service"));
        m_notes = new QPlainTextEdit(m_order.details);
        m_notes->setTabChangesFocus(true);
        m_notes->setFixedHeight(fontMetrics().height() * 4);
        m_walkIn = new QCheckBox(tr("Walk-in (no due time)"));
        form->addRow(tr("&Customer:"), m_customer);
        form->addRow(tr("&Phone:"), m_phone);
        form->addRow(tr("&E-mail:"), m_email);
        form->addRow(tr("&Items:"), m_items);
        form->addRow(tr("N&otes:"), m_notes);
        form->addRow(QString(), m_walkIn);
        if (m_order.appointmentId)
            form->addRow(tr("For:"), new QLabel(tr("appointment %1").arg(*m_order.appointmentId)));
    }
    const QDate today = Clock::todayIn(m_store.timeZone());
    m_date = calendarDateEdit(today);
    m_date->setMinimumDate(today);
    m_when = new QComboBox;
    m_when->setObjectName(QStringLiteral("orderWhen"));
    m_when->addItem(tr("Morning (by 12:00)"), int(DueSlot::Morning));
    m_when->addItem(tr("Afternoon (by 17:00)"), int(DueSlot::Afternoon));
    m_when->addItem(tr("Evening (by 20:00)"), int(DueSlot::Evening));
    m_when->addItem(tr("At a time"), int(DueSlot::Exact));
    m_time = new QTimeEdit(QTime(10, 0));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    auto *when = new QHBoxLayout;
    when->addWidget(m_when, 1);
    when->addWidget(m_time);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("When:"), when);
    if (m_reschedule) {
        m_reason = new QLineEdit;
        m_reason->setObjectName(QStringLiteral("orderReason"));
        m_reason->setPlaceholderText(tr("Why it moves (kept in the order's trail)"));
        form->addRow(tr("&Reason:"), m_reason);
        connect(m_reason, &QLineEdit::textChanged, this, &OrderDialog::updateOk);
    } else {
        connect(m_walkIn, &QCheckBox::toggled, this, [this](bool walkIn) {
            m_date->setEnabled(!walkIn);
            m_when->setEnabled(!walkIn);
            m_time->setEnabled(!walkIn && m_when->currentData().toInt() == int(DueSlot::Exact));
        });
        connect(m_customer, &QLineEdit::textChanged, this, &OrderDialog::updateOk);
        connect(m_items, &QLineEdit::textChanged, this, &OrderDialog::updateOk);
    }
    connect(m_when, &QComboBox::currentIndexChanged, this, [this] {
        m_time->setEnabled(m_when->isEnabled() && m_when->currentData().toInt() == int(DueSlot::Exact));
    });
    m_refusal = new QLabel;
    m_refusal->setObjectName(QStringLiteral("orderRefusal"));
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_refusal->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_reschedule ? tr("Reschedule") : tr("Add order"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_refusal);
    layout->addWidget(m_buttons);
    setDue(m_order.dueDate.isValid() ? dueOf(m_order) : OrderDue{today, DueSlot::Afternoon, -1});
    if (!m_reschedule && !m_order.dueDate.isValid() && !m_order.appointmentId)
        m_walkIn->setChecked(false);
    updateOk();
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

void OrderDialog::setDue(const OrderDue &due)
{
    m_date->setDate(std::max(due.date, m_date->minimumDate()));
    m_when->setCurrentIndex(std::max(0, m_when->findData(int(due.slot))));
    if (due.slot == DueSlot::Exact)
        m_time->setTime(QTime(0, 0).addSecs(due.minute * 60));
    m_time->setEnabled(due.slot == DueSlot::Exact);
}

void OrderDialog::updateOk()
{
    bool ok = true;
    if (m_reschedule)
        ok = !m_reason->text().trimmed().isEmpty();
    else
        ok = !m_customer->text().trimmed().isEmpty() || !m_items->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

OrderDue OrderDialog::due() const
{
    const auto slot = DueSlot(m_when->currentData().toInt());
    return {m_date->date(), slot, slot == DueSlot::Exact ? m_time->time().msecsSinceStartOfDay() / 60000 : -1};
}

WorkOrder OrderDialog::order() const
{
    WorkOrder order = m_order;
    order.storeId = m_store.id;
    if (!m_reschedule) {
        order.customerName = m_customer->text().trimmed();
        order.customerPhone = m_phone->text().trimmed();
        order.customerEmail = m_email->text().trimmed();
        order.title = m_items->text().trimmed();
        order.details = m_notes->toPlainText().trimmed();
    }
    const bool walkIn = m_walkIn && m_walkIn->isChecked();
    const OrderDue d = due();
    order.dueDate = walkIn ? QDate() : d.date;
    order.dueSlot = walkIn ? DueSlot::None : d.slot;
    order.dueMinute = walkIn ? -1 : d.minute;
    return order;
}

QString OrderDialog::reason() const
{
    return m_reason ? m_reason->text().trimmed() : QString();
}

void OrderDialog::showRefusal(const QString &message)
{
    m_refusal->setText(message);
    m_refusal->show();
}

} // namespace sams
