// Written by bench/train-participant-model.ts on 497 annotated reports: do not edit by hand.
// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: learned weights, not constants
// Weights in the order of PARTICIPANT_FEATURES (likely-participants.ts).
export const PARTICIPANT_MODEL = {
  bias: -1.437,
  weights: [
    -0.006, 0.755, 0.017, -0.707, 0.901, 0.503, 1.713, -0.995, -2.291, 0.441, -0.352, 1.05, -3.218, 0.287,
    0.375, 0.203, -0.873,
  ],
  threshold: 0.8,
};
