#pragma once

#include "core/AppointmentSearch.h"

#include <QLineEdit>

class QLabel;
class QListView;
class QTimer;

namespace sams {

class SearchResultsModel;

// The customer search above the grid (docs/search.md): typing asks for matches
// after a short pause (searchRequested), the answer shows in a list under the
// box, Up/Down walk it, Enter (or a click) chooses a match and Escape closes it.
// The box never reads the database itself: the window runs the search on its
// worker and hands the answer back through showResults.
class CustomerSearchBox : public QLineEdit
{
    Q_OBJECT
public:
    explicit CustomerSearchBox(QWidget *parent = nullptr);

    // The answer for forText; dropped when the text has changed since (a late
    // answer to an earlier keystroke never replaces a newer one).
    void showResults(const QString &forText, const QList<AppointmentMatch> &matches);
    bool resultsVisible() const;
    // "No appointment matches …" shows instead of an empty list.
    bool noMatchesVisible() const;
    QListView *resultsView() const { return m_view; }
    SearchResultsModel *resultsModel() const { return m_model; }

Q_SIGNALS:
    // The trimmed text to search for; not emitted for an empty text.
    void searchRequested(const QString &text);
    void appointmentChosen(const sams::AppointmentMatch &match);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void textEdited(const QString &text);
    void search();
    void choose(int row);
    void moveCurrent(int by);
    void placeResults();
    void hideResults();

    SearchResultsModel *m_model;
    QListView *m_view; // a child of the window, laid over the grid under the box
    QLabel *m_none; // the same, when nothing matches
    QTimer *m_pause;
    QString m_asked; // the text of the last searchRequested
};

} // namespace sams
