package io.interviewcoach.inference;

import org.jboss.logging.Logger;

import ai.djl.Device;

/**
 * The process-wide choice of device for ONNX models (there is one ONNX Runtime per process): set once from the
 * configuration at start, resolved on first use, and moved to the CPU, with one log line saying why, when CUDA is
 * not there or fails. Never a crash: a model that cannot start on the GPU runs on the CPU.
 */
public final class OnnxDevice {
    private static final Logger LOG = Logger.getLogger(OnnxDevice.class);
    private static InferenceSettings settings = InferenceSettings.cpu();
    private static DeviceStatus status;

    private OnnxDevice() {
    }

    /** The configuration of this process (the server and every command call it at start). */
    public static synchronized void configure(InferenceSettings newSettings) {
        settings = newSettings;
        status = null;
    }

    public static synchronized InferenceSettings settings() {
        return settings;
    }

    /** The device ONNX models use, probing CUDA the first time it is asked for (logged once). */
    public static synchronized DeviceStatus status() {
        if (status == null) {
            status = resolve(settings);
        }
        return status;
    }

    /** The device to load the next model on. */
    static Device djlDevice() {
        DeviceStatus s = status();
        return s.actual() == ComputeDevice.CUDA ? Device.gpu(s.deviceId()) : Device.cpu();
    }

    /** A model failed to start on CUDA although the probe passed: every model from now on runs on the CPU. */
    static synchronized void fallBack(String model, Throwable cause) {
        DeviceStatus s = status();
        if (s.actual() == ComputeDevice.CPU) {
            return;
        }
        status = new DeviceStatus(s.requested(), ComputeDevice.CPU, s.deviceId(),
                model + " failed to start on CUDA: " + CudaProbe.oneLine(cause));
        LOG.warnf("ONNX models run on the CPU: coach.inference.device is cuda, but %s", status.detail());
    }

    private static DeviceStatus resolve(InferenceSettings s) {
        if (s.device() == ComputeDevice.CPU) {
            return new DeviceStatus(ComputeDevice.CPU, ComputeDevice.CPU, s.deviceId(), "");
        }
        String failure = CudaProbe.failure(s.deviceId());
        if (failure == null) {
            LOG.infof("ONNX models run on CUDA device %d (ONNX Runtime CUDA execution provider)", s.deviceId());
            return new DeviceStatus(ComputeDevice.CUDA, ComputeDevice.CUDA, s.deviceId(), "");
        }
        LOG.warnf("ONNX models run on the CPU: coach.inference.device is cuda, but %s", failure);
        return new DeviceStatus(ComputeDevice.CUDA, ComputeDevice.CPU, s.deviceId(), failure);
    }
}
