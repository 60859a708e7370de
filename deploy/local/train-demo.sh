#!/usr/bin/env bash
# Rebuilds the bundled demo model (silo/models/demo) from nothing: SynthSign corpora, features, base LM, stage 1,
# stage 2, the timeline head refit, per-language adapters, the no-pretraining baseline trained the same way,
# evaluation, export.
# The demo model is trained on SYNTHETIC signing: its scores say nothing about real signers.
# Takes about five hours on 2 CPU cores (run nothing else beside it); WORK (default /tmp/sign2gpt-demo) needs ~15 GB.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="${WORK:-/tmp/sign2gpt-demo}"
SEED=1
s2g() { "$ROOT/sign2gpt" "$@"; }
mkdir -p "$WORK"

# Corpora of one lexicon, 40/4/4 signers each: German seeds 1-3 (3 x 800 training videos), English seeds 1-5
# (5 x 480, so that the English adapter learns from as many videos as the German one).
for corpus in 1 2 3 4 5; do
  suffix=$([ $corpus -eq 1 ] && echo "" || echo "-$corpus")
  if [ $corpus -le 3 ]; then
    s2g synth --lang synth-dgs --videos 1000 --signers 40/4/4 --seed $((SEED + corpus - 1)) --out "$WORK/synth-dgs$suffix"
  fi
  s2g synth --lang synth-asl --videos 600 --signers 40/4/4 --seed $((SEED + corpus - 1)) --out "$WORK/synth-asl$suffix"
done
german=(--corpus "$WORK/synth-dgs" --corpus "$WORK/synth-dgs-2" --corpus "$WORK/synth-dgs-3")
english=(--corpus "$WORK/synth-asl" --corpus "$WORK/synth-asl-2" --corpus "$WORK/synth-asl-3" --corpus "$WORK/synth-asl-4" --corpus "$WORK/synth-asl-5")
# The shared stages train on three corpora per language; corpus order is part of the data hash and of the shuffling,
# so this order reproduces the bundle.
all=(--corpus "$WORK/synth-dgs" --corpus "$WORK/synth-asl" --corpus "$WORK/synth-dgs-2" --corpus "$WORK/synth-asl-2" --corpus "$WORK/synth-dgs-3" --corpus "$WORK/synth-asl-3")
# Scores are on every test signer of the corpora a language's adapter learned from: 12 German, 20 English.
scored=("${german[@]}" "${english[@]}")

# Adapters train only the decoder's LoRA tensors and gates on the fixed encoder, and keep improving long after stage 2
# stops; both languages learn from 2400 training videos for 60 epochs.
adapters() { # base, output prefix
  s2g train adapt "${german[@]}" --base "$1" --lang de --out "$2-de" --epochs 60 --batch-size 16 --lr 1e-3 --warmup 0 --seed $SEED
  s2g train adapt "${english[@]}" --base "$1" --lang en --out "$2-en" --epochs 60 --batch-size 16 --lr 1e-3 --warmup 0 --seed $SEED
}

s2g train lm --corpus "$WORK/synth-dgs" --corpus "$WORK/synth-asl" --out "$WORK/lm" --epochs 3 --batch-size 32 --lr 1e-3 --warmup 1 --vocab 2000 --extra-sentences 3000 --seed $SEED
s2g train pretrain "${all[@]}" --lm "$WORK/lm" --out "$WORK/stage1" --epochs 8 --batch-size 16 --lr 1e-3 --warmup 1 --vector-epochs 5 --seed $SEED
s2g train translate "${all[@]}" --lm "$WORK/lm" --pretrained "$WORK/stage1" --out "$WORK/stage2" --epochs 30 --batch-size 16 --lr 1e-3 --warmup 1 --keep-best --seed $SEED
s2g train timeline "${all[@]}" --model "$WORK/stage2" --out "$WORK/timeline" --epochs 10 --batch-size 16 --lr 1e-3 --warmup 1 --seed $SEED
adapters "$WORK/stage2" "$WORK/adapt"
s2g train translate "${all[@]}" --lm "$WORK/lm" --out "$WORK/stage2-no-pretraining" --epochs 30 --batch-size 16 --lr 1e-3 --warmup 1 --vector-epochs 5 --keep-best --seed $SEED
adapters "$WORK/stage2-no-pretraining" "$WORK/no-pretraining-adapt"

s2g export --model "$WORK/timeline" --adapter de="$WORK/adapt-de" --adapter en="$WORK/adapt-en" --out "$WORK/bundle"
s2g export --model "$WORK/stage2-no-pretraining" --adapter de="$WORK/no-pretraining-adapt-de" --adapter en="$WORK/no-pretraining-adapt-en" \
  --out "$WORK/bundle-no-pretraining" --name no-pretraining
s2g evaluate "${scored[@]}" --bundle "$WORK/bundle" --out "$WORK/eval-model.json"
s2g evaluate "${scored[@]}" --bundle "$WORK/bundle-no-pretraining" --system "Sign2GPT without pseudo-gloss pretraining" --out "$WORK/eval-no-pretraining.json"
s2g evaluate "${scored[@]}" --baseline --out "$WORK/eval-baseline.json"

rm -rf "$ROOT/silo/models/demo"
s2g export --model "$WORK/timeline" --adapter de="$WORK/adapt-de" --adapter en="$WORK/adapt-en" --out "$ROOT/silo/models/demo" \
  --evaluation "$WORK/eval-model.json" --evaluation "$WORK/eval-no-pretraining.json" --evaluation "$WORK/eval-baseline.json" \
  --command "deploy/local/train-demo.sh (WORK=$WORK, seed $SEED)"

# A SynthSign video of at least 10.6 s (the first held-out test videos back to back, until they are long enough) for
# 'bench translate', 'bench platform' and the streaming tests, which wait for a partial past 10 s.
mkdir -p "$ROOT/silo/models/demo/samples"
list="$WORK/bench-frames.txt"
: > "$list"
frames=0
for video in $(ls -d "$WORK"/synth-dgs/features/fullFrame-210x260px/test/* | sort); do
  [ "$frames" -ge 265 ] && break
  for frame in $(ls "$video"/images*.png | sort -V); do
    printf "file '%s'\nduration 0.04\n" "$frame" >> "$list"
    frames=$((frames + 1))
  done
done
ffmpeg -hide_banner -loglevel error -y -f concat -safe 0 -i "$list" -vf "fps=25,format=yuv420p" -c:v libx264 -crf 23 -movflags +faststart \
  "$ROOT/silo/models/demo/samples/bench-10s.mp4"
