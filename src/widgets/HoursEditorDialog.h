#pragma once

#include "core/HoursPresets.h"
#include "core/RulesValidation.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace sams {

// The hours editor (docs/manager-guide.md, Hours) for a store or one of its
// chairs: the timeline of its dated versions (past, in effect, future), and a
// weekly table of up to three intervals a day (lunch is the gap between two),
// with an effective-from date and, for a chair, "follow the store". Every cell
// is checked as it is typed: a bad interval is marked and the message shown
// beside it, and Save stays off until the week is sound. Times are store-local.
// Saving is the caller's (saveRequested): it previews the impact first.
class HoursEditorDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int intervalColumns = 3;

    // `versions`: all hours versions of the store (store and chairs); `today` is
    // the store's local date.
    HoursEditorDialog(const Store &store, const QList<Chair> &chairs, const QList<HoursVersion> &versions, QDate today,
                      QWidget *parent = nullptr);
    ~HoursEditorDialog() override;

    // The version being edited, as it would be saved; `replacing` is the version
    // number of the one with its key (0: a new one).
    HoursVersion hours() const;
    int replacing() const;
    bool isValid() const { return m_problems.isEmpty() && m_dateProblem.isEmpty(); }

    // Chooses whose hours (nullopt: the store's) and the version to open.
    void showTarget(std::optional<ChairId> chair);
    void openVersion(qint64 id);
    // Starts a new version from `from` with this week (a template or a copy).
    void startNewVersion(QDate from, const std::array<DayIntervals, 7> &week);
    void setWeek(const std::array<DayIntervals, 7> &week);
    // Weeks to copy from other stores ("NYC-MID from 2027-01-01").
    void addCopySources(const QList<std::pair<QString, std::array<DayIntervals, 7>>> &sources);

    QTableWidget *table() const { return m_table; }
    QListWidget *timeline() const { return m_timeline; }
    QDateEdit *dateEdit() const { return m_from; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *problemLabel() const { return m_problem; }

Q_SIGNALS:
    void saveRequested();
    void removeRequested(const HoursVersion &version);

private:
    void fillTimeline();
    void timelineChosen();
    void validate();
    void applyPreset(int index);
    void copySource(int index);
    const HoursVersion *shownVersion() const;
    std::optional<ChairId> target() const;

    Store m_store;
    QList<Chair> m_chairs;
    QList<HoursVersion> m_versions;
    QDate m_today;
    qint64 m_openId = 0; // the version opened from the timeline (0: a new one)
    QList<HoursPreset> m_presets;
    QList<std::pair<QString, std::array<DayIntervals, 7>>> m_copySources;
    QList<IntervalProblem> m_problems;
    QString m_dateProblem;

    QComboBox *m_target;
    QListWidget *m_timeline;
    QDateEdit *m_from;
    QCheckBox *m_follows;
    QTableWidget *m_table;
    QComboBox *m_preset;
    QComboBox *m_copy;
    QLabel *m_problem;
    QLabel *m_summary;
    QPushButton *m_new;
    QPushButton *m_remove;
    QPushButton *m_save;
};

} // namespace sams
