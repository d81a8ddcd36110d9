#pragma once

#include "core/WeekSchedule.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTimeEdit;

namespace sams {

// Locks a range of one day: one chair or every chair of the store, from and to
// (store-local wall time, whole slots), with a reason. The lock itself is the
// editing layer's to write (docs/editing.md).
class LockDialog : public QDialog
{
    Q_OBJECT
public:
    LockDialog(const WeekSchedule &shown, QDate day, ChairId chair, int startMinute, QWidget *parent = nullptr);

    // UTC instants in the lock; chairId empty for every chair.
    Lock lock() const;

private:
    void validate();

    Store m_store;
    QDate m_day;
    QComboBox *m_chair;
    QTimeEdit *m_from;
    QTimeEdit *m_to;
    QLineEdit *m_reason;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace sams
