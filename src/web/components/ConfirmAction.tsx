import { useState, type FormEvent } from "react";
import { Button, Dialog, DialogTrigger, Heading, Label, Modal, ModalOverlay, TextArea, TextField } from "react-aria-components";
import { useTranslation } from "react-i18next";

/** What a confirmation says: the question, what will happen, the button that does it, and whether a reason is asked. */
export interface Confirmation {
  readonly title: string;
  readonly message: string;
  readonly confirmLabel: string;
  /** Asks for a reason, recorded with the action (reopening a decision, withdrawing a publication). */
  readonly reasonLabel?: string;
}

/** The open confirmation: worded, and its words of the interface read, only while it is shown. */
const ConfirmDialog = ({
  shown,
  reason,
  onReason,
  missing,
  onSubmit,
  onCancel,
}: {
  shown: Confirmation;
  reason: string;
  onReason: (reason: string) => void;
  missing: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onCancel: () => void;
}) => {
  const { t } = useTranslation();
  const asksReason = shown.reasonLabel !== undefined;
  return (
    <ModalOverlay className="confirm-overlay" isDismissable>
      <Modal className="confirm-modal">
        <Dialog className="confirm-dialog" role="alertdialog" data-testid="confirm-dialog">
          <form onSubmit={onSubmit} noValidate>
            <Heading slot="title" className="confirm-title">
              {shown.title}
            </Heading>
            <p className="confirm-message">{shown.message}</p>
            {asksReason && (
              <TextField className="field" value={reason} onChange={onReason} isRequired isInvalid={missing} autoFocus>
                <Label className="field-label">{shown.reasonLabel}</Label>
                <TextArea className="field-input" rows={3} data-testid="confirm-reason" />
                {missing && (
                  <p className="field-error" role="alert">
                    {t("confirm.reasonMissing")}
                  </p>
                )}
              </TextField>
            )}
            <div className="button-row confirm-buttons">
              <Button type="submit" className="button button-primary" data-testid="confirm-yes" autoFocus={!asksReason}>
                {shown.confirmLabel}
              </Button>
              <Button className="button button-quiet" onPress={onCancel} data-testid="confirm-cancel">
                {t("confirm.cancel")}
              </Button>
            </div>
          </form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
};

/**
 * A button whose action happens only after a dialog names what it will do and the reader confirms it:
 * for public, destructive and final steps. The dialog takes the page's direction and language; Escape or
 * "Cancel" leaves everything as it was.
 */
export const ConfirmAction = ({
  label,
  confirmation,
  onConfirm,
  className = "button button-primary",
  isPending,
  isDisabled,
  testId,
}: {
  label: string;
  /** The confirmation, or how to word it: worded only when the dialog opens, so a list of many buttons words none. */
  confirmation: Confirmation | (() => Confirmation);
  onConfirm: (reason: string) => void;
  className?: string;
  isPending?: boolean;
  isDisabled?: boolean;
  testId?: string;
}) => {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  // Nothing of the dialog is made while it is closed: a card's several buttons cost only their buttons.
  const shown = open ? (typeof confirmation === "function" ? confirmation() : confirmation) : null;
  const asksReason = shown?.reasonLabel !== undefined;
  const change = (next: boolean) => {
    setOpen(next);
    if (next) {
      setReason("");
      setMissing(false);
    }
  };
  const confirm = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (asksReason && reason.trim() === "") {
      setMissing(true);
      return;
    }
    setOpen(false);
    onConfirm(reason.trim());
  };
  return (
    <DialogTrigger isOpen={open} onOpenChange={change}>
      <Button className={className} isPending={isPending} isDisabled={isDisabled} data-testid={testId}>
        {label}
      </Button>
      {shown && (
        <ConfirmDialog
          shown={shown}
          reason={reason}
          onReason={(v) => {
            setReason(v);
            setMissing(false);
          }}
          missing={missing}
          onSubmit={confirm}
          onCancel={() => setOpen(false)}
        />
      )}
    </DialogTrigger>
  );
};
