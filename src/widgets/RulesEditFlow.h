#pragma once

#include "core/ChangePreview.h"
#include "core/RulesWriter.h"
#include "core/ScheduleSession.h"

#include <QObject>

#include <functional>

class QWidget;

namespace sams {

class ScheduleWorker;

// One change to the rules of one store, as the impact preview shows it and the
// rules writer saves it.
struct RulesEdit {
    Store store;
    ProposedChange change;
    std::function<Result<RulesSaved>(RulesWriter &)> save;
};

// Every rule change the desktop makes goes this way (docs/manager-guide.md):
// the preview of what it displaces is read on the database thread and shown;
// "Save" writes each edit there, in order, and the dialog closes only when all
// went through (the refusal shown in it otherwise). Nothing runs on the GUI thread.
class RulesEditFlow : public QObject
{
    Q_OBJECT
public:
    RulesEditFlow(ScheduleWorker &worker, QWidget *window);

    // Shows the preview over `parent` and saves on confirmation; `saved` is called
    // after the last edit went through. `typedConfirmation`: see ImpactPreviewDialog.
    void previewThenSave(const QString &change, const QList<RulesEdit> &edits, QWidget *parent,
                         const std::function<void()> &saved = {}, const QString &typedConfirmation = {});

    // Shows the preview of one change and calls `confirmed` on Save (the caller
    // writes: a lock goes through the undoable editing layer).
    void previewThen(const QString &change, const Store &store, const ProposedChange &proposed, QWidget *parent,
                     const std::function<void()> &confirmed);

Q_SIGNALS:
    // The rules of these stores changed: views and the worklist read them again.
    void rulesChanged(const QList<StoreId> &stores);
    void failed(const Error &error);

private:
    ScheduleWorker &m_worker;
};

} // namespace sams
