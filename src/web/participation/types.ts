/** Participation figures as /api/v1/…/participation returns them. */

export interface FiguresRow {
  readonly category: string;
  readonly members: number;
  readonly memberShare: number;
  readonly speakers: number;
  readonly turns: number;
  readonly speakingSeconds: number;
  readonly speakingShare: number;
}

export interface Figures {
  readonly members: number;
  readonly speakers: number;
  readonly turns: number;
  readonly speakingSeconds: number;
  readonly byGender: readonly FiguresRow[];
  readonly byAge: readonly FiguresRow[];
}

export interface GroupParticipation {
  readonly groupId: string;
  readonly sittingId: string;
  readonly figures: Figures;
}

export interface SittingParticipation {
  readonly sittingId: string;
  readonly sitting: Figures;
  readonly groups: readonly { readonly groupId: string; readonly number: number; readonly figures: Figures }[];
  readonly plenary: Figures;
}
