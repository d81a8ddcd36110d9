#pragma once

#include "core/DateException.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace sams {

// Holidays and other date exceptions (docs/manager-guide.md, Holidays): closed
// all day or special hours on one date, with a reason, for one store, several
// stores at once, or one chair of the current store. Lists the current store's
// coming exceptions to remove one. Saving and removing are the caller's: it
// previews the impact first. Times are store-local.
class ExceptionDialog : public QDialog
{
    Q_OBJECT
public:
    ExceptionDialog(const Store &current, const QList<Store> &stores, const QList<Chair> &chairs,
                    const QList<DateException> &coming, QDate today, QWidget *parent = nullptr);

    // One exception per chosen store (ids 0: new), as they would be saved.
    QList<DateException> exceptions() const;
    QList<Store> chosenStores() const;
    bool isValid() const { return m_problemText.isEmpty(); }

    QListWidget *storeList() const { return m_stores; }
    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QLineEdit *hoursEdit() const { return m_hours; }
    QRadioButton *specialHoursButton() const { return m_special; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *problemLabel() const { return m_problem; }

Q_SIGNALS:
    void saveRequested();
    void removeRequested(const sams::DateException &exception, const QString &reason);

private:
    void validate();
    std::optional<DayIntervals> intervals() const;

    Store m_current;
    QList<Store> m_allStores;
    QList<DateException> m_coming;
    QDate m_today;
    QString m_problemText;

    QListWidget *m_stores;
    QComboBox *m_chair;
    QDateEdit *m_date;
    QRadioButton *m_closed;
    QRadioButton *m_special;
    QLineEdit *m_hours;
    QLineEdit *m_reason;
    QListWidget *m_existing;
    QLabel *m_problem;
    QPushButton *m_save;
};

} // namespace sams
