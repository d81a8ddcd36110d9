#pragma once

#include "core/Store.h"
#include "core/WorkOrder.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimeEdit;

namespace sams {

// A new work order, or the reschedule of one (docs/technician-guide.md). The due
// is a store-local date with MORNING, AFTERNOON, EVENING or an exact time; a
// reschedule is pre-filled with the order's current due and needs a reason.
// The dialog only asks: the window saves, and shows a refusal in place
// (showRefusal) with everything typed kept.
class OrderDialog : public QDialog
{
    Q_OBJECT
public:
    // A new order for `store` (a walk-in unless given a date), pre-filled from
    // `draft` (a customer and an appointment to prepare for, say).
    OrderDialog(const Store &store, const WorkOrder &draft, QWidget *parent = nullptr);
    // Rescheduling `order`.
    OrderDialog(const Store &store, const WorkOrder &order, const QString &trail, QWidget *parent = nullptr);

    bool isReschedule() const { return m_reschedule; }
    // The order as typed (new) or its new due (reschedule).
    WorkOrder order() const;
    OrderDue due() const;
    QString reason() const;
    // Made once per dialog: a retry after a lost answer adds the order once.
    QString requestKey() const { return m_requestKey; }
    void showRefusal(const QString &message);

    QLineEdit *customerEdit() const { return m_customer; }
    QComboBox *whenBox() const { return m_when; }
    QDateEdit *dateEdit() const { return m_date; }
    QTimeEdit *timeEdit() const { return m_time; }
    QLineEdit *reasonEdit() const { return m_reason; }

private:
    void build(const QString &trail);
    void setDue(const OrderDue &due);
    void updateOk();

    Store m_store;
    WorkOrder m_order;
    bool m_reschedule = false;
    QString m_requestKey;
    QLineEdit *m_customer = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_items = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QCheckBox *m_walkIn = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_when = nullptr;
    QTimeEdit *m_time = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_refusal = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sams
