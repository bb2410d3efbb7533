// Every page's stylesheet, loaded with the app in this order and before the shared styles (imported after the app in
// main.tsx), while the pages' code loads when they are first shown. The build writes them all into one stylesheet.
// A page's stylesheet loaded with its code would come after the shared styles and override the controls' styles
// (checkbox and radio labels stopped taking clicks that way).
import "../attendance/attendance.css";
import "../committee/committee.css";
import "../components/amendment-search.css";
import "../components/confirm.css";
import "../drafts/drafts.css";
import "../groups/countdown.css";
import "../groups/groups.css";
import "../notifications/notifications.css";
import "../participation/participation.css";
import "../projector/projector.css";
import "../setup/setup.css";
import "../translations/translations.css";
