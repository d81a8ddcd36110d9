#pragma once

#include "core/NotifySettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace sams {

// A store's part of the customers' messages (docs/notifications.md, "Settings,
// choices and secrets"): its own sender address and SMS sender (empty: the
// chain's), how long before the start the reminder goes, in the store's wall
// time, how late it may still go, and the language its customers are written
// in. Saving is the caller's (saveRequested); a refusal shows in place.
class StoreMessagesDialog : public QDialog
{
    Q_OBJECT
public:
    StoreMessagesDialog(const QString &storeName, const StoreNotify &settings, QWidget *parent = nullptr);

    StoreNotify settings() const;
    void showProblem(const QString &text);

    QLineEdit *senderEdit() const { return m_sender; }
    QDoubleSpinBox *reminderBox() const { return m_reminderHours; }
    QSpinBox *missedBox() const { return m_missed; }
    QComboBox *languageBox() const { return m_language; }
    QPushButton *saveButton() const { return m_save; }

Q_SIGNALS:
    void saveRequested();

private:
    StoreNotify m_settings;
    QLineEdit *m_sender;
    QLineEdit *m_smsSender;
    QDoubleSpinBox *m_reminderHours;
    QSpinBox *m_missed;
    QComboBox *m_language;
    QCheckBox *m_calendarPhones;
    QLabel *m_problem;
    QPushButton *m_save;
};

} // namespace sams
