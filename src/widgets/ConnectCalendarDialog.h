#pragma once

#include "core/CalendarSync.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace sams {

// Connecting a calendar for the logged-in user (docs/calendar-sync.md,
// "Connecting"): CalDAV (iCloud, Nextcloud, Fastmail, ...) with the server's
// address, the login and an app password, or Google Calendar or Outlook, signed
// in through the browser; the stores and kinds it follows and whose view its
// events give. OK stays off until the form can work; the main window
// connects off the GUI thread and answers with showProblem() or accept().
class ConnectCalendarDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectCalendarDialog(const QList<Store> &stores, const QString &userLogin, bool manager,
                          QWidget *parent = nullptr);

    CalendarAccount account() const; // provider, address, login, label, audience, kinds, stores
    QString password() const;
    void setBusy(bool busy); // while connecting: the form waits
    void showProblem(const QString &text);

    QComboBox *providerBox() const { return m_provider; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *passwordEdit() const { return m_password; }
    QListWidget *storeList() const { return m_stores; }
    QPushButton *connectButton() const { return m_connect; }

Q_SIGNALS:
    void connectRequested();

private:
    void validate();

    QString m_user;
    QComboBox *m_provider;
    QWidget *m_davFields;
    QLineEdit *m_url;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLineEdit *m_label;
    QListWidget *m_stores;
    QCheckBox *m_appointments;
    QCheckBox *m_orders;
    QComboBox *m_audience;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QPushButton *m_connect;
};

} // namespace sams
