package io.interviewcoach.inference;

/** Where ONNX models run: the CPU, or an NVIDIA GPU through ONNX Runtime's CUDA execution provider. */
public enum ComputeDevice {
    CPU, CUDA
}
